using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupportOps.RiskModel.Forecasting;

namespace SupportOps.RiskModel.Tests.Forecasting;

public sealed class BreachForecasterTests
{
    private const int PropertyTests = 300;

    private readonly BreachForecaster sut = new();

    /// <summary>P(N ≤ k) for N ~ Poisson(λ) by the plain sum, exact enough for small λ.</summary>
    private static double NaivePoissonCdf(int k, double lambda)
    {
        double term = Math.Exp(-lambda), sum = term;
        for (var j = 1; j <= k; j++)
        {
            term *= lambda / j;
            sum += term;
        }

        return Math.Min(1, sum);
    }

    [Theory]
    [InlineData(0, 2.0, 1.0)]
    [InlineData(0, 1.0, 0.5)]
    [InlineData(3, 4.0, 1.0)]
    [InlineData(10, 2.0, 4.0)]
    [InlineData(25, 6.0, 5.0)]
    [InlineData(100, 12.0, 8.0)]
    [InlineData(5, 0.5, 40.0)]
    public void Forecast_SmallQueues_MatchesThePoissonSum(int position, double perHour, double remainingHours)
    {
        var result = sut.Forecast(new QueuedTimer(position, Duration.FromHours(remainingHours)), ServiceRate.FromPerBusinessHour(perHour));

        Assert.Equal(ForecastModel.PoissonQueue, result.Model);
        Assert.Equal(NaivePoissonCdf(position, perHour * remainingHours), result.Probability, 12);
    }

    [Fact]
    public void Forecast_NextInLine_IsExponentialTail()
    {
        // k = 0: P(breach) = P(no completion in R) = e^(-μR).
        var result = sut.Forecast(new QueuedTimer(0, Duration.FromHours(0.5)), ServiceRate.FromPerBusinessHour(2));

        Assert.Equal(Math.Exp(-1), result.Probability, 14);
        Assert.Equal(Duration.FromMinutes(30), result.ExpectedBusinessTimeToService);
    }

    [Theory]
    [InlineData(10_000, 10_000.0)]
    [InlineData(50_000, 50_000.0)]
    [InlineData(9_900, 10_000.0)]
    public void Forecast_HugeQueues_StaysAccurateWhereTheNaiveSumUnderflows(int position, double lambda)
    {
        // e^(-10,000) underflows to 0, so the naive sum returns 0. The normal approximation with continuity
        // correction is accurate to about 1e-3 at this size.
        var result = sut.Forecast(new QueuedTimer(position, Duration.FromHours(lambda / 100)), ServiceRate.FromPerBusinessHour(100));
        var normal = NormalCdf((position + 0.5 - lambda) / Math.Sqrt(lambda));

        Assert.Equal(0, NaivePoissonCdf(position, lambda));
        Assert.InRange(result.Probability, normal - 2e-3, normal + 2e-3);
    }

    [Theory]
    [InlineData(0, 100.0, 0.0)]
    [InlineData(1_000, 10.0, 1.0)]
    public void Forecast_FarTails_AreExact(int position, double lambda, double expected)
    {
        var result = sut.Forecast(new QueuedTimer(position, Duration.FromHours(lambda)), ServiceRate.FromPerBusinessHour(1));

        Assert.Equal(expected, result.Probability, 15);
    }

    [Fact]
    public void Forecast_AlreadyDue_IsCertainBreach()
    {
        var result = sut.Forecast(new QueuedTimer(3, -Duration.FromMinutes(5)), ServiceRate.FromPerBusinessHour(4));

        Assert.Equal((ForecastModel.AlreadyDue, 1.0), (result.Model, result.Probability));
        Assert.Equal(Duration.FromHours(1), result.ExpectedBusinessTimeToService);
        Assert.Contains("already due", result.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_ZeroRate_IsCertainBreachWithoutExpectedInstant()
    {
        var rate = ServiceRate.FromCompletions(0, Duration.FromHours(40));

        var result = sut.Forecast(new QueuedTimer(0, Duration.FromHours(8)), rate);

        Assert.Equal((ForecastModel.NoServiceRate, 1.0), (result.Model, result.Probability));
        Assert.Null(result.ExpectedBusinessTimeToService);
        Assert.Null(result.GetExpectedServiceInstant(Instant.FromUnixTimeSeconds(0), (start, _) => start));
        Assert.Equal(
            "P(breach) = 1: 0 tickets ahead, 0 served per business hour (0 in 40 business hours), 8:00 business hours left; nobody is serving this queue, so it breaches unless that changes (no expected service instant).",
            result.Explain());
    }

    [Fact]
    public void Forecast_UnknownRate_SaysTheRateIsUnknown()
    {
        var result = sut.Forecast(new QueuedTimer(2, Duration.FromHours(1)), ServiceRate.Unknown);

        Assert.Equal(ForecastModel.NoServiceRate, result.Model);
        Assert.Contains("service rate is unknown", result.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_PoissonQueue_NamesPositionRateRemainingAndModel()
    {
        var result = sut.Forecast(new QueuedTimer(3, Duration.FromHours(2)), ServiceRate.FromCompletions(16, Duration.FromHours(8)));

        Assert.Equal(
            "P(breach) = 0.433: 3 tickets ahead, 2 served per business hour (16 in 8 business hours), 2:00 business hours left; expected service in 2 business hours (Poisson queue model: served at the 4th completion).",
            result.Explain());
    }

    [Fact]
    public void GetExpectedServiceInstant_UsesTheCallersCalendar()
    {
        var now = Instant.FromUtc(2026, 3, 6, 16, 0);
        var result = sut.Forecast(new QueuedTimer(1, Duration.FromHours(1)), ServiceRate.FromPerBusinessHour(1));

        // A toy calendar that only counts business time after a 64-hour weekend.
        var instant = result.GetExpectedServiceInstant(now, (start, businessTime) => start + Duration.FromHours(64) + businessTime);

        Assert.Equal(now + Duration.FromHours(66), instant);
    }

    [Fact]
    public void ForecastBatch_DestinationTooShort_Throws()
    {
        Assert.Throws<ArgumentException>(() => sut.Forecast(new QueuedTimer[2], ServiceRate.FromPerBusinessHour(1), new BreachForecast[1]));
    }

    [Fact]
    public void QueuedTimer_NegativePosition_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new QueuedTimer(-1, Duration.Zero));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyTests)]
    public bool Forecast_AnyTimer_ProbabilityIsWithinZeroToOne_Meets_Specification(QueuedTimer timer, ServiceRate rate)
    {
        var p = sut.Forecast(timer, rate).Probability;
        return p >= 0 && p <= 1;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyTests)]
    public bool Forecast_LaterInQueue_NeverLessLikelyToBreach_Meets_Specification(QueuedTimer timer, ServiceRate rate, PositiveInt extra)
    {
        var behind = timer with { QueuePosition = timer.QueuePosition + extra.Get };
        return sut.Forecast(behind, rate).Probability >= sut.Forecast(timer, rate).Probability;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyTests)]
    public bool Forecast_MoreTimeLeft_NeverMoreLikelyToBreach_Meets_Specification(QueuedTimer timer, ServiceRate rate, PositiveInt extraMinutes)
    {
        var roomier = timer with { RemainingBusinessTime = timer.RemainingBusinessTime + Duration.FromMinutes(extraMinutes.Get) };
        return sut.Forecast(roomier, rate).Probability <= sut.Forecast(timer, rate).Probability;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = PropertyTests)]
    public bool Forecast_FasterQueue_NeverMoreLikelyToBreach_Meets_Specification(QueuedTimer timer, ServiceRate rate, PositiveInt extraTenths)
    {
        var faster = ServiceRate.FromPerBusinessHour(rate.PerBusinessHour + (extraTenths.Get / 10.0));
        return sut.Forecast(timer, faster).Probability <= sut.Forecast(timer, rate).Probability;
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 50)]
    public bool ForecastBatch_EqualsOneByOne_Meets_Specification(QueuedTimer[] timers, ServiceRate rate)
    {
        var batch = new BreachForecast[timers.Length];
        sut.Forecast(timers, rate, batch);
        return timers.Select(timer => sut.Forecast(timer, rate)).SequenceEqual(batch);
    }

    private static double NormalCdf(double z) => 0.5 * (1 + Erf(z / Math.Sqrt(2)));

    private static double Erf(double x)
    {
        // Abramowitz–Stegun 7.1.26 is too coarse; integrate the density with Simpson's rule instead.
        const int steps = 20_000;
        double h = x / steps, sum = 0;
        for (var i = 0; i <= steps; i++)
        {
            var weight = i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2;
            var t = i * h;
            sum += weight * Math.Exp(-t * t);
        }

        return 2 / Math.Sqrt(Math.PI) * sum * h / 3;
    }

    public static class Arbitraries
    {
        public static Arbitrary<QueuedTimer> Timers() =>
            (from position in Gen.OneOf(Gen.Choose(0, 30), Gen.Choose(0, 20_000))
             from minutes in Gen.OneOf(Gen.Choose(-120, 600), Gen.Choose(0, 200_000))
             select new QueuedTimer(position, Duration.FromMinutes(minutes))).ToArbitrary();

        public static Arbitrary<ServiceRate> Rates() =>
            Gen.OneOf(
                Gen.Constant(ServiceRate.Unknown),
                Gen.Choose(0, 5_000).Select(hundredths => ServiceRate.FromPerBusinessHour(hundredths / 100.0)),
                Gen.Choose(0, 400).Select(completions => ServiceRate.FromCompletions(completions, Duration.FromHours(40)))).ToArbitrary();
    }
}
