using NodaTime;

namespace SupportOps.RiskEvaluation.Replay;

/// <summary>What the replay measures and how.</summary>
public sealed record ReplayOptions
{
    /// <summary>Gets the first-response target in business time.</summary>
    /// <value>The default value is 11 business hours (one business day of the helpdesk calendar).</value>
    public Duration FirstResponseTarget { get; init; } = Duration.FromHours(11);

    /// <summary>Gets the resolution target in business time.</summary>
    /// <value>The default value is 55 business hours (five business days).</value>
    public Duration ResolutionTarget { get; init; } = Duration.FromHours(55);

    /// <summary>Gets the business time before each due instant at which fixed-horizon predictions are taken.</summary>
    /// <value>The default value is 4 and 1 business hours.</value>
    public IReadOnlyList<Duration> Horizons { get; init; } = [Duration.FromHours(4), Duration.FromHours(1)];

    /// <summary>Gets the trailing business-time window the service rate is measured over.</summary>
    /// <value>The default value is 55 business hours (five business days).</value>
    public Duration RateWindow { get; init; } = Duration.FromHours(55);

    /// <summary>Gets the business time between periodic snapshots.</summary>
    /// <value>The default value is 1 business hour.</value>
    public Duration SnapshotEvery { get; init; } = Duration.FromHours(1);

    /// <summary>Gets how many open assigned tickets make an agent fully loaded (load 1.0).</summary>
    /// <value>The default value is 10.</value>
    public double AgentCapacity { get; init; } = 10;

    /// <summary>Gets the share of evaluated items flagged as "top k" for precision and recall.</summary>
    /// <value>The default value is 0.1 (the riskiest 10%).</value>
    public double TopShare { get; init; } = 0.1;

    /// <summary>Gets the target of a timer.</summary>
    /// <param name="kind">The timer.</param>
    /// <returns>Its business-time target.</returns>
    public Duration Target(History.TimerKind kind) => kind == History.TimerKind.FirstResponse ? FirstResponseTarget : ResolutionTarget;
}
