using NodaTime;
using SupportOps.SlaEngine.Calendars;

namespace SupportOps.SlaEngine.Tests.Calendars;

public sealed partial class BusinessCalendarTests
{
    // America/New_York 2026: clocks spring forward on Sunday 8 March at 02:00 (to 03:00) and
    // fall back on Sunday 1 November at 02:00 (to 01:00).
    private static readonly LocalDate SpringForward = new(2026, 3, 8);
    private static readonly LocalDate FallBack = new(2026, 11, 1);

    private static BusinessCalendar Sundays(LocalTime start, LocalTime end)
        => new BusinessCalendarBuilder(NewYork).AddHours(IsoDayOfWeek.Sunday, start, end).Build();

    private static Instant Day(LocalDate date) => date.AtStartOfDayInZone(NewYorkZone).ToInstant();

    [Fact]
    public void Between_OneToThreeOnSpringForwardNight_IsOneHour()
    {
        var sut = Sundays(new LocalTime(1, 0), new LocalTime(3, 0));

        Assert.Equal(Duration.FromHours(1), sut.Between(Day(SpringForward), Day(SpringForward.PlusDays(1))));
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 7, 0), sut.Add(Local(2026, 3, 8, 1), Duration.FromHours(1)));
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 7, 0), sut.NextClosing(Local(2026, 3, 8, 1, 30)));
    }

    [Fact]
    public void Between_OneToThreeOnFallBackNight_IsThreeHours()
    {
        var sut = Sundays(new LocalTime(1, 0), new LocalTime(3, 0));

        Assert.Equal(Duration.FromHours(3), sut.Between(Day(FallBack), Day(FallBack.PlusDays(1))));

        // 01:00 EDT is 05:00Z; two business hours later it is 01:00 EST again, then 02:00 EST (07:00Z).
        Assert.Equal(Instant.FromUtc(2026, 11, 1, 7, 0), sut.Add(Instant.FromUtc(2026, 11, 1, 5, 0), Duration.FromHours(2)));
        Assert.Equal(Instant.FromUtc(2026, 11, 1, 8, 0), sut.NextClosing(Instant.FromUtc(2026, 11, 1, 5, 0)));
    }

    [Fact]
    public void IntervalStartingInsideGap_OpensWhenTheClocksJump()
    {
        var sut = Sundays(new LocalTime(2, 30), new LocalTime(4, 0));
        var jump = Instant.FromUtc(2026, 3, 8, 7, 0); // 02:00 EST becomes 03:00 EDT

        Assert.Equal(jump, sut.NextOpening(Day(SpringForward)));
        Assert.False(sut.IsOpen(jump - Duration.FromMinutes(1)));
        Assert.True(sut.IsOpen(jump));
        Assert.Equal(Duration.FromHours(1), sut.Between(Day(SpringForward), Day(SpringForward.PlusDays(1))));
    }

    [Fact]
    public void IntervalEndingInsideGap_ClosesWhenTheClocksJump()
    {
        var sut = Sundays(new LocalTime(1, 0), new LocalTime(2, 30));
        var jump = Instant.FromUtc(2026, 3, 8, 7, 0);

        Assert.Equal(jump, sut.NextClosing(Local(2026, 3, 8, 1, 15)));
        Assert.Equal(Duration.FromHours(1), sut.Between(Day(SpringForward), Day(SpringForward.PlusDays(1))));
    }

    [Fact]
    public void IntervalInsideOverlap_IsOpenTwice()
    {
        var sut = Sundays(new LocalTime(1, 15), new LocalTime(1, 45));

        Assert.True(sut.IsOpen(Instant.FromUtc(2026, 11, 1, 5, 30)));  // 01:30 EDT
        Assert.False(sut.IsOpen(Instant.FromUtc(2026, 11, 1, 6, 0)));  // 01:00 EST
        Assert.True(sut.IsOpen(Instant.FromUtc(2026, 11, 1, 6, 30)));  // 01:30 EST
        Assert.Equal(Instant.FromUtc(2026, 11, 1, 6, 15), sut.NextOpening(Instant.FromUtc(2026, 11, 1, 5, 50)));
        Assert.Equal(Duration.FromHours(1), sut.Between(Day(FallBack), Day(FallBack.PlusDays(1))));
    }

    [Fact]
    public void SkippedLocalDate_HasNoOpenTime()
    {
        // Samoa moved across the date line: Thursday 29 December 2011 (UTC-10) was followed by Saturday 31 December (UTC+14).
        var builder = new BusinessCalendarBuilder("Pacific/Apia");
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            builder.AddHours(day, new LocalTime(9, 0), new LocalTime(17, 0));
        }

        var sut = builder.Build();
        var thursday = Local(2011, 12, 29, 0, zone: "Pacific/Apia");
        var saturday = Local(2011, 12, 31, 0, zone: "Pacific/Apia");

        Assert.Equal(Duration.FromHours(24), saturday - thursday);
        Assert.Equal(Duration.FromHours(8), sut.Between(thursday, saturday));
        Assert.Equal(Local(2011, 12, 31, 10, zone: "Pacific/Apia"), sut.Add(Local(2011, 12, 29, 16, zone: "Pacific/Apia"), Duration.FromHours(2)));
        Assert.Equal(Local(2011, 12, 31, 9, zone: "Pacific/Apia"), sut.NextOpening(Local(2011, 12, 29, 17, zone: "Pacific/Apia")));
    }

    [Fact]
    public void IntervalsTouchingAcrossMidnight_CloseOnlyAtTheLastEnd()
    {
        var sut = new BusinessCalendarBuilder(NewYork)
            .AddHours(IsoDayOfWeek.Monday, BusinessHoursInterval.UntilEndOfDay(new LocalTime(20, 0)))
            .AddHours(IsoDayOfWeek.Tuesday, LocalTime.Midnight, new LocalTime(4, 0))
            .Build();

        Assert.Equal(Local(2026, 1, 13, 4), sut.NextClosing(Local(2026, 1, 12, 21)));
        Assert.Equal(Duration.FromHours(8), sut.Between(Local(2026, 1, 12, 0), Local(2026, 1, 14, 0)));
        Assert.True(sut.IsOpen(Local(2026, 1, 13, 0)));
    }

    [Fact]
    public void SplitShift_SkipsTheLunchBreak()
    {
        var sut = new BusinessCalendarBuilder(NewYork)
            .AddHours(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(12, 0))
            .AddHours(IsoDayOfWeek.Monday, new LocalTime(13, 0), new LocalTime(17, 0))
            .Build();

        Assert.Equal(Local(2026, 1, 12, 14), sut.Add(Local(2026, 1, 12, 11), Duration.FromHours(2)));
        Assert.False(sut.IsOpen(Local(2026, 1, 12, 12)));
        Assert.Equal(Local(2026, 1, 12, 13), sut.NextOpening(Local(2026, 1, 12, 12, 30)));
        Assert.Equal(Local(2026, 1, 12, 12), sut.NextClosing(Local(2026, 1, 12, 10)));
    }

    [Fact]
    public void ShiftPastMidnight_OnHolidayFriday_IsClosedIntoSaturday()
    {
        var sut = FridayNights(new LocalDate(2026, 12, 25));

        Assert.False(sut.IsOpen(Local(2026, 12, 25, 23)));
        Assert.False(sut.IsOpen(Local(2026, 12, 26, 3)));
        Assert.Equal(Duration.Zero, sut.Between(Local(2026, 12, 25, 0), Local(2026, 12, 27, 0)));
        Assert.Equal(Duration.FromHours(8), sut.Between(Local(2026, 12, 18, 0), Local(2026, 12, 20, 0)));
    }

    [Fact]
    public void ShiftPastMidnight_BeforeHolidaySaturday_StaysOpenAfterMidnight()
    {
        var sut = FridayNights(new LocalDate(2026, 11, 28));

        Assert.True(sut.IsOpen(Local(2026, 11, 28, 3)));
        Assert.Equal(Duration.FromHours(8), sut.Between(Local(2026, 11, 27, 0), Local(2026, 11, 29, 0)));
        Assert.Equal(Local(2026, 11, 28, 6), sut.NextClosing(Local(2026, 11, 27, 22)));
    }

    [Theory]
    [InlineData(2026, 1, 17, 10, 0, 60, 2026, 1, 19, 10, 0)] // Saturday: waits for Monday
    [InlineData(2026, 1, 12, 7, 0, 60, 2026, 1, 12, 10, 0)]  // before opening
    [InlineData(2026, 1, 12, 20, 0, 30, 2026, 1, 13, 9, 30)] // after closing
    [InlineData(2026, 1, 12, 17, 0, 60, 2026, 1, 13, 10, 0)] // exactly at closing
    [InlineData(2026, 1, 12, 16, 0, 60, 2026, 1, 12, 17, 0)] // ends exactly at closing
    public void Add_StartOutsideOrAtEdgeOfHours_CountsFromTheNextOpenMinute(
        int y, int mo, int d, int h, int mi, int minutes, int ey, int emo, int ed, int eh, int emi)
    {
        var sut = NineToFive();

        Assert.Equal(Local(ey, emo, ed, eh, emi), sut.Add(Local(y, mo, d, h, mi), Duration.FromMinutes(minutes)));
    }

    [Fact]
    public void ClosingTime_IsClosed_AndNextOpeningIsTomorrow()
    {
        var sut = NineToFive();
        var closing = Local(2026, 1, 12, 17);

        Assert.False(sut.IsOpen(closing));
        Assert.Equal(closing, sut.NextClosing(closing));
        Assert.Equal(Local(2026, 1, 13, 9), sut.NextOpening(closing));
        Assert.Equal(closing, sut.NextClosing(Local(2026, 1, 12, 9)));
    }

    [Fact]
    public void HalfDayOverride_BeforeHolidayAndWeekend()
    {
        var sut = new BusinessCalendarBuilder(NewYork)
            .AddWeekdayHours(new LocalTime(9, 0), new LocalTime(17, 0))
            .AddHoliday(new LocalDate(2026, 12, 25))
            .SetOverride(new LocalDate(2026, 12, 24), new BusinessHoursInterval(new LocalTime(9, 0), new LocalTime(13, 0)))
            .Build();

        Assert.Equal(Duration.FromHours(4), sut.Between(Local(2026, 12, 24, 0), Local(2026, 12, 25, 0)));
        Assert.Equal(Local(2026, 12, 28, 10), sut.Add(Local(2026, 12, 24, 12), Duration.FromHours(2)));
        Assert.Equal(Local(2026, 12, 24, 13), sut.NextClosing(Local(2026, 12, 24, 12)));
    }

    [Fact]
    public void ClosedOverride_ClosesTheDayLikeAHoliday()
    {
        var sut = new BusinessCalendarBuilder(NewYork)
            .AddWeekdayHours(new LocalTime(9, 0), new LocalTime(17, 0))
            .SetOverride(new LocalDate(2026, 1, 12))
            .Build();

        Assert.False(sut.IsOpen(Local(2026, 1, 12, 10)));
        Assert.Equal(Local(2026, 1, 13, 9), sut.NextOpening(Local(2026, 1, 12, 10)));
    }

    [Fact]
    public void AlwaysOpen_LosesNoMinuteAtMidnightOrOverDst()
    {
        var builder = new BusinessCalendarBuilder(NewYork);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            builder.AddHours(day, BusinessHoursInterval.WholeDay);
        }

        var sut = builder.Build();

        Assert.Equal(Local(2026, 1, 13, 0, 30), sut.Add(Local(2026, 1, 12, 23, 30), Duration.FromHours(1)));
        Assert.Equal(Duration.FromMinutes(2), sut.Between(Local(2026, 1, 12, 23, 59), Local(2026, 1, 13, 0, 1)));
        Assert.Equal(Duration.FromHours(23), sut.Between(Day(SpringForward), Day(SpringForward.PlusDays(1))));
        Assert.Equal(Duration.FromHours(25), sut.Between(Day(FallBack), Day(FallBack.PlusDays(1))));
        Assert.Null(sut.NextClosing(Local(2026, 1, 12, 10)));
    }

    [Fact]
    public void AlwaysOpenExceptHoliday_NextClosingIsTheHoliday()
    {
        var builder = new BusinessCalendarBuilder(NewYork).AddHoliday(new LocalDate(2026, 12, 25));
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            builder.AddHours(day, BusinessHoursInterval.WholeDay);
        }

        var sut = builder.Build();

        Assert.Equal(Local(2026, 12, 25, 0), sut.NextClosing(Local(2026, 1, 12, 10)));
        Assert.Null(sut.NextClosing(Local(2026, 12, 26, 0)));
    }

    [Fact]
    public void Add_BeyondTheLastOverride_ThrowsInsteadOfLooping()
    {
        var sut = new BusinessCalendarBuilder(NewYork)
            .SetOverride(new LocalDate(2026, 12, 24), new BusinessHoursInterval(new LocalTime(9, 0), new LocalTime(13, 0)))
            .Build();
        var start = Local(2026, 12, 24, 12);

        Assert.Equal(Local(2026, 12, 24, 13), sut.Add(start, Duration.FromHours(1)));
        var error = Assert.Throws<InvalidOperationException>(() => sut.Add(start, Duration.FromHours(2)));
        Assert.Contains("no open time left", error.Message, StringComparison.Ordinal);
        Assert.Null(sut.NextOpening(Local(2026, 12, 24, 13)));
        Assert.Equal(Duration.FromHours(4), sut.Between(Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2100, 1, 1, 0, 0)));
    }

    [Fact]
    public void Add_TwoThousandBusinessHours_IsTheTwoHundredFiftiethWorkday()
    {
        // The minute-stepping reference agrees (about 500,000 steps; too slow to keep in the suite).
        var sut = NineToFive(new LocalDate(2026, 1, 19), new LocalDate(2026, 7, 3), new LocalDate(2026, 12, 25));
        var start = Local(2026, 1, 5, 9);
        var target = Duration.FromHours(2000);

        var due = sut.Add(start, target);

        Assert.Equal(Local(2026, 12, 22, 17), due); // 250 workdays from 5 January end on 18 December; two holidays before it add two more
        Assert.Equal(target, sut.Between(start, due));
    }

    [Fact]
    public void Between_OverACentury_IsTheSumOfItsYears()
    {
        // Two hundred DST changes and weekly skipping over them; each year alone is walked in smaller steps.
        var sut = NineToFive(new LocalDate(2026, 1, 19), new LocalDate(2050, 12, 26));
        var years = Enumerable.Range(1990, 101).Select(year => Local(year, 1, 1, 0)).ToArray();

        var whole = sut.Between(years[0], years[^1]);

        var sum = Duration.Zero;
        for (var i = 1; i < years.Length; i++)
        {
            sum += sut.Between(years[i - 1], years[i]);
        }

        Assert.Equal(sum, whole);
        Assert.Equal(whole, sut.Between(years[0], sut.Add(years[0], whole)));
        Assert.Equal(Duration.FromHours(8 * 261), sut.Between(Local(2027, 1, 1, 0), Local(2028, 1, 1, 0))); // 2027 has 261 weekdays
    }

    [Fact]
    public void SubTickInstants_KeepNanosecondPrecision()
    {
        var sut = NineToFive();
        var closing = Local(2026, 1, 12, 17);
        var nanosecond = Duration.FromNanoseconds(1);

        Assert.Equal(closing, sut.Add(closing - nanosecond, nanosecond));
        Assert.Equal(Local(2026, 1, 13, 9) + nanosecond, sut.Add(closing - nanosecond, Duration.FromNanoseconds(2)));
        Assert.Equal(Duration.FromNanoseconds(100), sut.Between(Local(2026, 1, 12, 9) + Duration.FromNanoseconds(50), Local(2026, 1, 12, 9) + Duration.FromNanoseconds(150)));
        Assert.Equal(nanosecond, sut.Between(closing - nanosecond, Local(2026, 1, 13, 9)));
        Assert.True(sut.IsOpen(closing - nanosecond));
        Assert.Equal(closing, sut.NextClosing(closing - nanosecond));
    }

    [Fact]
    public void HolidayProvider_FillsHolidaysForEachYear()
    {
        var sut = new BusinessCalendarBuilder(NewYork)
            .AddWeekdayHours(new LocalTime(9, 0), new LocalTime(17, 0))
            .AddHolidays(new ChristmasProvider(), 2025, 2027)
            .Build();

        Assert.Equal([new LocalDate(2025, 12, 25), new LocalDate(2026, 12, 25), new LocalDate(2027, 12, 25)], sut.Holidays.ToArray());
        Assert.False(sut.IsOpen(Local(2026, 12, 25, 10)));
    }

    private static BusinessCalendar FridayNights(LocalDate holiday)
        => new BusinessCalendarBuilder(NewYork)
            .AddHours(IsoDayOfWeek.Friday, new LocalTime(22, 0), new LocalTime(6, 0))
            .AddHoliday(holiday)
            .Build();

    private sealed class ChristmasProvider : IHolidayProvider
    {
        public IEnumerable<LocalDate> GetHolidays(int year) => [new LocalDate(year, 12, 25)];
    }
}
