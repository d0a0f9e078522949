using NodaTime;
using SupportOps.SlaEngine.Calendars;

namespace SupportOps.SlaEngine.Tests.Calendars;

public sealed partial class BusinessCalendarTests
{
    [Theory]
    [InlineData("""{"timeZone":"Mars/Olympus","week":{"monday":[["09:00","17:00"]]}}""", "timeZone", "Mars/Olympus")]
    [InlineData("""{"week":{"monday":[["09:00","17:00"]]}}""", "timeZone", "America/New_York")]
    [InlineData("""{"timeZone":"UTC","week":{"monday":[["09:00","12:00"],["11:00","17:00"]]}}""", "week.monday", "09:00-12:00")]
    [InlineData("""{"timeZone":"UTC","week":{"friday":[["22:00","06:00"]],"saturday":[["05:00","09:00"]]}}""", "week.friday", "22:00-06:00")]
    [InlineData("""{"timeZone":"UTC","week":{"sunday":[["23:00","02:00"]],"monday":[["01:00","09:00"]]}}""", "week.sunday", "week.monday")]
    [InlineData("""{"timeZone":"UTC","week":{"friday":[["22:00","06:00"]]},"overrides":{"2026-11-28":[["05:00","08:00"]]}}""", "overrides.2026-11-28", "05:00-08:00")]
    [InlineData("""{"timeZone":"UTC","week":{"monday":[["09:00","09:00"]]}}""", "week.monday[0]", "09:00")]
    [InlineData("""{"timeZone":"UTC","week":{"monday":[["09:00","25:00"]]}}""", "week.monday[0][1]", "25:00")]
    [InlineData("""{"timeZone":"UTC","week":{"monday":[["9am","17:00"]]}}""", "week.monday[0][0]", "9am")]
    [InlineData("""{"timeZone":"UTC","week":{"monday":[["24:00","02:00"]]}}""", "week.monday[0][0]", "24:00")]
    [InlineData("""{"timeZone":"UTC","week":{"monday":[["09:00"]]}}""", "week.monday[0]", "[\"09:00\"]")]
    [InlineData("""{"timeZone":"UTC","week":{"funday":[["09:00","17:00"]]}}""", "week.funday", "funday")]
    [InlineData("""{"timeZone":"UTC","week":{"monday":[["09:00","17:00"]]},"holidays":["2026-13-01"]}""", "holidays[0]", "2026-13-01")]
    [InlineData("""{"timeZone":"UTC","week":{"monday":[["09:00","17:00"]]},"overrides":{"24.12.2026":[]}}""", "overrides.24.12.2026", "24.12.2026")]
    [InlineData("""{"timeZone":"UTC","week":{"monday":[["09:00","17:00"]]},"timezone":"UTC"}""", "timezone", "timeZone")]
    [InlineData("""{"timeZone":"UTC","week":{}}""", "week", "no open time")]
    [InlineData("""{"timeZone":"UTC","holidays":["2026-12-24"],"overrides":{"2026-12-24":[["09:00","13:00"]]}}""", "overrides", "no open time")]
    [InlineData("""{"timeZone":"UTC","week":[]}""", "week", "[]")]
    [InlineData("""{"timeZone":"UTC","week":{"monday":[["09:00","17:00"]]""", "not valid JSON", "")]
    public void FromJson_BadInput_ThrowsFormatExceptionNamingFieldAndValue(string json, string field, string value)
    {
        var error = Assert.Throws<FormatException>(() => BusinessCalendar.FromJson(json));

        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_Null_ThrowsArgumentNull()
    {
        var error = Assert.Throws<ArgumentNullException>(() => BusinessCalendar.FromJson(null!));

        Assert.Equal("json", error.ParamName);
    }

    [Fact]
    public void Builder_UnknownZone_ThrowsNamingTheId()
    {
        var error = Assert.Throws<ArgumentException>(() => new BusinessCalendarBuilder("Mars/Olympus"));

        Assert.Equal("timeZoneId", error.ParamName);
        Assert.Contains("Mars/Olympus", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OverlappingIntervals_ThrowsNamingDayAndIntervals()
    {
        var sut = new BusinessCalendarBuilder(NewYork)
            .AddHours(IsoDayOfWeek.Tuesday, new LocalTime(9, 0), new LocalTime(17, 0))
            .AddHours(IsoDayOfWeek.Tuesday, new LocalTime(16, 0), new LocalTime(18, 0));

        var error = Assert.Throws<InvalidOperationException>(sut.Build);

        Assert.Contains("week.tuesday", error.Message, StringComparison.Ordinal);
        Assert.Contains("09:00-17:00", error.Message, StringComparison.Ordinal);
        Assert.Contains("16:00-18:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoOpenTime_Throws()
    {
        var sut = new BusinessCalendarBuilder(NewYork).SetOverride(new LocalDate(2026, 1, 1));

        var error = Assert.Throws<InvalidOperationException>(sut.Build);

        Assert.Contains("no open time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_NegativeBusinessTime_ThrowsNamingTheArgumentAndValue()
    {
        var sut = NineToFive();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sut.Add(Local(2026, 1, 12, 9), Duration.FromMinutes(-5)));

        Assert.Equal("businessTime", error.ParamName);
        Assert.Contains("-0:00:05:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddHolidays_YearsOutOfOrder_ThrowsNamingTheYear()
    {
        var sut = new BusinessCalendarBuilder(NewYork);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sut.AddHolidays(new ChristmasProvider(), 2027, 2025));

        Assert.Equal("toYear", error.ParamName);
        Assert.Contains("2025", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddHours_NotAWeekday_ThrowsNamingTheValue()
    {
        var sut = new BusinessCalendarBuilder(NewYork);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sut.AddHours(IsoDayOfWeek.None, BusinessHoursInterval.WholeDay));

        Assert.Equal("day", error.ParamName);
    }

    [Fact]
    public void ToJson_PastMidnightEndingAtMidnight_WritesTwentyFour()
    {
        var sut = BusinessCalendar.FromJson("""{"timeZone":"UTC","week":{"monday":[["22:00","00:00"],["00:00","02:00"]]}}""");

        Assert.Equal("""{"timeZone":"UTC","week":{"monday":[["00:00","02:00"],["22:00","24:00"]]},"holidays":[],"overrides":{}}""", sut.ToJson());
    }
}
