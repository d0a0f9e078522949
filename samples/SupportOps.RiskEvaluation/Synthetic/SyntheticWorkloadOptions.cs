using NodaTime;

namespace SupportOps.RiskEvaluation.Synthetic;

/// <summary>Parameters of the synthetic workload; the same values always give the same tickets.</summary>
public sealed record SyntheticWorkloadOptions
{
    /// <summary>Gets the seed of the random generator.</summary>
    /// <value>The default value is 42.</value>
    public int Seed { get; init; } = 42;

    /// <summary>Gets the number of tickets to generate.</summary>
    /// <value>The default value is 5,000.</value>
    public int Tickets { get; init; } = 5_000;

    /// <summary>Gets the first instant of the workload (naive wall clock).</summary>
    /// <value>The default value is Monday 2024-01-01 00:00.</value>
    public Instant Start { get; init; } = Instant.FromUtc(2024, 1, 1, 0, 0);

    /// <summary>Gets the expected arrivals on a weekday (weekends get <see cref="WeekendFactor"/> of the weekday profile).</summary>
    /// <value>The default value is 52 (with the default queues: about 87% utilization over business hours).</value>
    public double ArrivalsPerWeekday { get; init; } = 52;

    /// <summary>Gets the weekend arrival rate relative to weekdays.</summary>
    /// <value>The default value is 0.15.</value>
    public double WeekendFactor { get; init; } = 0.15;

    /// <summary>Gets the queues. With the defaults every queue runs at about 87% utilization over business hours, so
    /// queues build up in the morning peaks and after weekends and drain in quiet hours.</summary>
    /// <value>The default value is billing (30%, 2 agents × 0.9/h), technical (45%, 3 × 0.9/h) and general (25%, 1 × 1.5/h).</value>
    public IReadOnlyList<SyntheticQueue> Queues { get; init; } =
    [
        new("billing", 0.30, 2, 0.9),
        new("technical", 0.45, 3, 0.9),
        new("general", 0.25, 1, 1.5),
    ];

    /// <summary>Gets the relative arrival intensity for each hour of the day (0..23), weekday shape.</summary>
    /// <value>The default value peaks at 09:00–11:00 and 14:00–16:00 with a trickle overnight.</value>
    public IReadOnlyList<double> HourlyProfile { get; init; } =
    [
        0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.2, 2.0, 3.0, 3.0, 2.6, 1.6, 1.8, 2.6, 2.8, 2.2, 1.4, 0.9, 0.7, 0.6, 0.5, 0.4, 0.3,
    ];
}
