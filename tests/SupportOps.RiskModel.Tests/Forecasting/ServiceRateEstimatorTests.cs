using NodaTime;
using SupportOps.RiskModel.Forecasting;

namespace SupportOps.RiskModel.Tests.Forecasting;

public sealed class ServiceRateEstimatorTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly Instant End = Start + Duration.FromDays(2);

    private static Instant[] Completions() =>
    [
        Start - Duration.FromMinutes(1), // before the window
        Start, // inclusive start
        Start + Duration.FromHours(3),
        Start + Duration.FromHours(30),
        End - Duration.FromTicks(1),
        End, // exclusive end
    ];

    [Fact]
    public void Estimate_CountsHalfOpenWindowPerBusinessHour()
    {
        var result = ServiceRateEstimator.Estimate(Completions().Reverse().ToArray(), Start, End, Duration.FromHours(16));

        Assert.Equal(4, result.Completions);
        Assert.Equal(0.25, result.PerBusinessHour);
        Assert.Equal(Duration.FromHours(16), result.BusinessWindow);
        Assert.True(result.IsKnown);
    }

    [Fact]
    public void EstimateSorted_AgreesWithEstimate()
    {
        var sorted = Completions();

        Assert.Equal(
            ServiceRateEstimator.Estimate(sorted, Start, End, Duration.FromHours(16)),
            ServiceRateEstimator.EstimateSorted(sorted, Start, End, Duration.FromHours(16)));
    }

    [Fact]
    public void Estimate_NoBusinessTimeInWindow_IsUnknown()
    {
        var result = ServiceRateEstimator.EstimateSorted(Completions(), Start, End, Duration.Zero);

        Assert.Equal(ServiceRate.Unknown, result);
        Assert.False(result.IsKnown);
    }

    [Fact]
    public void Estimate_NoCompletions_IsKnownZero()
    {
        var result = ServiceRateEstimator.Estimate([], Start, End, Duration.FromHours(16));

        Assert.True(result.IsKnown);
        Assert.Equal(0, result.PerBusinessHour);
    }

    [Fact]
    public void Estimate_WindowEndBeforeStart_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ServiceRateEstimator.Estimate([], End, Start, Duration.FromHours(1)));

        Assert.Equal("windowEnd", error.ParamName);
    }

    [Fact]
    public void FromPerBusinessHour_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ServiceRate.FromPerBusinessHour(-1));
    }
}
