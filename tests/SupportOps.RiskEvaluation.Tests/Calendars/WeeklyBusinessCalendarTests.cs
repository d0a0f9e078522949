using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupportOps.RiskEvaluation.Calendars;

namespace SupportOps.RiskEvaluation.Tests.Calendars;

public sealed class WeeklyBusinessCalendarTests
{
    private static readonly Instant FridayFive = Instant.FromUtc(2026, 3, 6, 17, 0);
    private static readonly Instant MondayEight = Instant.FromUtc(2026, 3, 9, 8, 0);

    private readonly WeeklyBusinessCalendar sut = WeeklyBusinessCalendar.HelpdeskHours;

    [Fact]
    public void BusinessTimeBetween_OverAWeekend_CountsOnlyOpenHours()
    {
        Assert.Equal(Duration.FromHours(2), sut.BusinessTimeBetween(FridayFive, MondayEight));
        Assert.Equal(-Duration.FromHours(2), sut.BusinessTimeBetween(MondayEight, FridayFive));
    }

    [Fact]
    public void Add_OverAWeekend_SkipsClosedTime()
    {
        Assert.Equal(MondayEight, sut.Add(FridayFive, Duration.FromHours(2)));
        Assert.Equal(FridayFive, sut.Add(MondayEight, -Duration.FromHours(2)));
    }

    [Fact]
    public void Add_EndingOnADayBoundary_ReturnsTheClosingTime()
    {
        Assert.Equal(Instant.FromUtc(2026, 3, 6, 18, 0), sut.Add(Instant.FromUtc(2026, 3, 6, 7, 0), Duration.FromHours(11)));
    }

    [Fact]
    public void IsOpen_FollowsTheWeeklyHours()
    {
        Assert.True(sut.IsOpen(FridayFive));
        Assert.False(sut.IsOpen(Instant.FromUtc(2026, 3, 7, 12, 0)));
        Assert.False(sut.IsOpen(Instant.FromUtc(2026, 3, 9, 6, 59)));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public bool Add_ThenBusinessTimeBetween_RoundTrips_Meets_Specification(Instant start, Duration businessTime)
        => sut.BusinessTimeBetween(start, sut.Add(start, businessTime)) == businessTime;

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public bool BusinessTimeBetween_IsAtMostElapsedTime_Meets_Specification(Instant start, Duration elapsed)
    {
        var end = start + Duration.FromTicks(Math.Abs(elapsed.BclCompatibleTicks));
        var business = sut.BusinessTimeBetween(start, end);
        return business >= Duration.Zero && business <= end - start;
    }

    public static class Arbitraries
    {
        public static Arbitrary<Instant> Instants() =>
            Gen.Choose(0, 3 * 365 * 24 * 60).Select(minutes => Instant.FromUtc(2024, 1, 1, 0, 0) + Duration.FromMinutes(minutes)).ToArbitrary();

        public static Arbitrary<Duration> Durations() =>
            Gen.Choose(-500 * 60, 500 * 60).Select(minutes => Duration.FromMinutes(minutes)).ToArbitrary();
    }
}
