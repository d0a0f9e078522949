using NodaTime;
using SupportOps.Analytics.Tests.Support;

namespace SupportOps.Analytics.Tests;

public sealed class AnalyticsPeriodTests
{
    [Fact]
    public void Week_Start_IsSevenDaysAndPreviousEndsWhereItStarts()
    {
        var sut = AnalyticsPeriod.Week(Instant.FromUtc(2026, 11, 30, 0, 0), Fixtures.Calendar);

        var previous = sut.Previous();

        Assert.Equal(Duration.FromDays(7), sut.Length);
        Assert.Equal(sut.Start, previous.End);
        Assert.Equal(sut.Length, previous.Length);
        Assert.Same(sut.Calendar, previous.Calendar);
    }

    [Fact]
    public void Contains_Bounds_IsHalfOpen()
    {
        var sut = Fixtures.Week;

        Assert.True(sut.Contains(sut.Start));
        Assert.False(sut.Contains(sut.End));
        Assert.True(sut.Contains(sut.End - Duration.Epsilon));
        Assert.False(sut.Contains(sut.Start - Duration.Epsilon));
    }

    [Fact]
    public void Constructor_EndNotAfterStart_Throws()
    {
        var start = Instant.FromUtc(2026, 11, 30, 0, 0);

        var ex = Assert.Throws<ArgumentException>(() => new AnalyticsPeriod(start, start, Fixtures.Calendar));

        Assert.Equal("end", ex.ParamName);
        Assert.Throws<ArgumentNullException>(() => new AnalyticsPeriod(start, start + Duration.FromDays(1), null!));
    }
}
