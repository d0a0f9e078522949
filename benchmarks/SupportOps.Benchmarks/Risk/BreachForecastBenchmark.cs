using BenchmarkDotNet.Attributes;
using NodaTime;
using SupportOps.RiskModel.Forecasting;

namespace SupportOps.Benchmarks.Risk;

/// <summary>A forecast for every ticket of a 10,000-ticket queue. Target: at most 10 ms.</summary>
/// <remarks>Worst case on purpose: each ticket's remaining time is within ±50% of its expected wait, so almost none
/// falls in the far tails that are answered in O(1).</remarks>
public class BreachForecastBenchmark
{
    private const int QueueLength = 10_000;

    private readonly BreachForecaster _forecaster = new();
    private readonly ServiceRate _rate = ServiceRate.FromCompletions(1_200, Duration.FromHours(40));
    private QueuedTimer[] _timers = [];
    private BreachForecast[] _forecasts = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _timers = new QueuedTimer[QueueLength];
        for (var k = 0; k < QueueLength; k++)
        {
            var expectedHours = (k + 1) / _rate.PerBusinessHour;
            _timers[k] = new QueuedTimer(k, Duration.FromMinutes(Math.Ceiling(expectedHours * 60 * (0.5 + random.NextDouble()))));
        }

        _forecasts = new BreachForecast[QueueLength];
    }

    /// <summary>P(N(R) ≤ k) by summing k + 1 Poisson terms per ticket: O(k), and e^(−λ) underflows to 0 for λ above
    /// about 745, so it is also wrong for the back of the queue.</summary>
    [Benchmark(Baseline = true)]
    public double NaivePoissonSum()
    {
        double total = 0;
        foreach (var timer in _timers)
        {
            var lambda = _rate.PerBusinessHour * timer.RemainingBusinessTime.TotalHours;
            double term = Math.Exp(-lambda), sum = term;
            for (var j = 1; j <= timer.QueuePosition; j++)
            {
                term *= lambda / j;
                sum += term;
            }

            total += Math.Min(1, sum);
        }

        return total;
    }

    [Benchmark]
    public BreachForecast[] BreachForecaster()
    {
        _forecaster.Forecast(_timers, _rate, _forecasts);
        return _forecasts;
    }
}
