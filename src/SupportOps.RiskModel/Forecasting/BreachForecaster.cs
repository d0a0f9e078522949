using NodaTime;
using SupportOps.RiskModel.Internal;

namespace SupportOps.RiskModel.Forecasting;

/// <summary>Forecasts, for running SLA timers of tickets waiting in a queue, the probability of breach and the
/// expected service time from the ticket's position in the queue and the queue's measured service rate.</summary>
/// <remarks>
/// <para>Model (<see cref="ForecastModel.PoissonQueue"/>): completions in the queue form a Poisson process with rate μ per
/// business hour; served first-come first-served, a ticket with k tickets ahead is served at the (k + 1)-th completion,
/// so its business time to service is T ~ Gamma(k + 1, μ) with mean (k + 1) / μ. With R business time left, it breaches
/// when T &gt; R, that is when at most k completions happen in R: P(breach) = P(N(R) ≤ k) with N(R) ~ Poisson(μR), the
/// regularized upper incomplete gamma Q(k + 1, μR). It is evaluated in log space (series or continued fraction), so
/// queues of tens of thousands stay exact and cost O(√(μR)) at worst per ticket, O(1) in the far tails.</para>
/// <para>Defined edge cases: R ≤ 0 gives probability 1 (<see cref="ForecastModel.AlreadyDue"/>); a zero or unknown rate
/// gives probability 1 and no expected instant (<see cref="ForecastModel.NoServiceRate"/>).</para>
/// <para>Assumptions worth knowing: the rate is stationary over the horizon, service is in queue order, and every
/// completion serves one ticket ahead (no abandonment, no reprioritization). Business time is measured by the caller's
/// calendar; <see cref="BreachForecast.GetExpectedServiceInstant"/> converts it with a <see cref="BusinessTimeAdder"/>.</para>
/// <para>Stateless, pure and thread-safe; forecasting allocates nothing.</para>
/// </remarks>
public sealed class BreachForecaster
{
    private const double MaxExpectedHours = 1_000_000;

    /// <summary>Forecasts one timer.</summary>
    /// <param name="timer">The timer and its queue position.</param>
    /// <param name="rate">The queue's service rate.</param>
    /// <returns>The forecast.</returns>
    public BreachForecast Forecast(QueuedTimer timer, ServiceRate rate)
    {
        var remaining = timer.RemainingBusinessTime;
        var position = timer.QueuePosition;
        var mu = rate.PerBusinessHour;
        if (mu <= 0)
        {
            return new BreachForecast(ForecastModel.NoServiceRate, 1, position, rate, remaining, null);
        }

        var expectedHours = (position + 1.0) / mu;
        Duration? expected = expectedHours <= MaxExpectedHours ? Duration.FromTicks((long)(expectedHours * NodaConstants.TicksPerHour)) : null;
        if (remaining <= Duration.Zero)
        {
            return new BreachForecast(ForecastModel.AlreadyDue, 1, position, rate, remaining, expected);
        }

        var probability = GammaFunctions.PoissonCdf(position, mu * remaining.TotalHours);
        return new BreachForecast(ForecastModel.PoissonQueue, probability, position, rate, remaining, expected);
    }

    /// <summary>Forecasts many timers of one queue; <c>destination[i]</c> receives the forecast of <c>timers[i]</c>.</summary>
    /// <param name="timers">The timers with their positions in the queue.</param>
    /// <param name="rate">The queue's service rate.</param>
    /// <param name="destination">Where the forecasts go; at least as long as <paramref name="timers"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="timers"/>.</exception>
    public void Forecast(ReadOnlySpan<QueuedTimer> timers, ServiceRate rate, Span<BreachForecast> destination)
    {
        Guard.SameLength(timers.Length, destination.Length);
        for (var i = 0; i < timers.Length; i++)
        {
            destination[i] = Forecast(timers[i], rate);
        }
    }
}
