using System.Globalization;
using NodaTime;
using SupportOps.RiskModel.Internal;

namespace SupportOps.RiskModel.Forecasting;

/// <summary>The forecast for one running timer: the probability that it breaches, when the ticket is expected to be
/// served, and what the estimate was based on.</summary>
/// <remarks><para>A small immutable value; producing one does not allocate. <see cref="Explain"/> renders the
/// explanation as text.</para></remarks>
public readonly record struct BreachForecast
{
    internal BreachForecast(ForecastModel model, double probability, int queuePosition, ServiceRate rate, Duration remainingBusinessTime, Duration? expectedBusinessTimeToService)
    {
        Model = model;
        Probability = probability;
        QueuePosition = queuePosition;
        Rate = rate;
        RemainingBusinessTime = remainingBusinessTime;
        ExpectedBusinessTimeToService = expectedBusinessTimeToService;
    }

    /// <summary>Gets the rule that produced the forecast.</summary>
    public ForecastModel Model { get; }

    /// <summary>Gets the probability, in 0..1, that the timer breaches before the ticket is served.</summary>
    public double Probability { get; }

    /// <summary>Gets the number of tickets ahead in the queue.</summary>
    public int QueuePosition { get; }

    /// <summary>Gets the queue's service rate the forecast used.</summary>
    public ServiceRate Rate { get; }

    /// <summary>Gets the business time that was left on the timer.</summary>
    public Duration RemainingBusinessTime { get; }

    /// <summary>Gets the expected business time until the ticket is served, (queue position + 1) / rate; null when
    /// the rate is zero or unknown, or the expectation exceeds a million business hours.</summary>
    public Duration? ExpectedBusinessTimeToService { get; }

    /// <summary>Gets the expected instant of service (response or resolution, depending on the timer) by adding
    /// <see cref="ExpectedBusinessTimeToService"/> to <paramref name="now"/> on the caller's business calendar.</summary>
    /// <param name="now">The instant the forecast was made for.</param>
    /// <param name="addBusinessTime">Adds business time on the caller's calendar; must not be null.</param>
    /// <returns>The expected instant, or null when no service is expected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="addBusinessTime"/> is null.</exception>
    public Instant? GetExpectedServiceInstant(Instant now, BusinessTimeAdder addBusinessTime)
    {
        Guard.NotNull(addBusinessTime);
        return ExpectedBusinessTimeToService is { } wait ? addBusinessTime(now, wait) : null;
    }

    /// <summary>Explains the forecast in one sentence, e.g. <c>P(breach) = 0.27: 12 tickets ahead, 3.5 served per
    /// business hour, 4:00 business hours left; expected service in 3.7 business hours (Poisson queue model).</c></summary>
    /// <returns>The explanation.</returns>
    public string Explain()
    {
        var invariant = CultureInfo.InvariantCulture;
        var left = RemainingBusinessTime.ToString("H:mm", invariant);
        var rate = !Rate.IsKnown
            ? "the queue's service rate is unknown"
            : Rate.Completions > 0 || Rate.BusinessWindow > Duration.Zero
                ? string.Format(invariant, "{0:0.###} served per business hour ({1} in {2:0.#} business hours)", Rate.PerBusinessHour, Rate.Completions, Rate.BusinessWindow.TotalHours)
                : string.Format(invariant, "{0:0.###} served per business hour", Rate.PerBusinessHour);
        var head = string.Format(invariant, "P(breach) = {0:0.###}: {1} tickets ahead, {2}, {3} business hours left", Probability, QueuePosition, rate, left);
        return Model switch
        {
            ForecastModel.AlreadyDue => head + "; the timer is already due (certain breach).",
            ForecastModel.NoServiceRate => head + "; nobody is serving this queue, so it breaches unless that changes (no expected service instant).",
            _ => head + string.Format(invariant, "; expected service in {0:0.##} business hours (Poisson queue model: served at the {1}th completion).", ExpectedBusinessTimeToService?.TotalHours ?? double.PositiveInfinity, QueuePosition + 1),
        };
    }
}
