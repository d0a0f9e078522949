using NodaTime;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.SlaEngine.Tests.Timers;

public sealed class SlaWarningThresholdTests
{
    [Theory]
    [InlineData(50, 240, 120)]
    [InlineData(75, 240, 180)]
    [InlineData(1, 60, 0.6)]
    public void ElapsedFor_Percent_ThatShareOfTheTarget(int percent, int targetMinutes, double expectedMinutes)
    {
        var sut = SlaWarningThreshold.PercentElapsed(percent);

        Assert.Equal(Duration.FromMinutes(expectedMinutes), sut.ElapsedFor(Duration.FromMinutes(targetMinutes)));
    }

    [Fact]
    public void ElapsedFor_RemainingLongerThanTarget_ReachedFromTheStart()
    {
        var sut = SlaWarningThreshold.TimeRemaining(Duration.FromHours(2));

        Assert.Equal(Duration.Zero, sut.ElapsedFor(Duration.FromHours(1)));
        Assert.Equal(Duration.FromHours(3), sut.ElapsedFor(Duration.FromHours(5)));
        Assert.Equal("2h left", sut.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(-3)]
    public void PercentElapsed_OutOfRange_ThrowsNamingPercentAndValue(int percent)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SlaWarningThreshold.PercentElapsed(percent));

        Assert.Equal("percent", error.ParamName);
        Assert.Contains($"but was {percent}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeRemaining_Zero_ThrowsNamingRemaining()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SlaWarningThreshold.TimeRemaining(Duration.Zero));

        Assert.Equal("remaining", error.ParamName);
    }

    [Fact]
    public void TimeRemaining_LongerThanHundredYears_ThrowsNamingRemaining()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SlaWarningThreshold.TimeRemaining(Duration.FromDays(36_526)));

        Assert.Equal("remaining", error.ParamName);
        Assert.Contains("remaining must be at most 36525:00:00:00 (100 years)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeRemaining_HundredYears_KeepsItExactly()
    {
        var sut = SlaWarningThreshold.TimeRemaining(Duration.FromDays(36_525) - Duration.Epsilon);

        Assert.Equal(Duration.FromDays(36_525) - Duration.Epsilon, sut.Remaining);
        Assert.Equal(Duration.Zero, sut.ElapsedFor(Duration.FromHours(1)));
    }
}
