using NodaTime;

namespace SupportOps.RoutingEngine;

/// <summary>Options of the router: cooldown, hysteresis, alternatives cap and decision-log size.</summary>
/// <remarks><para>Validated by <c>AddRoutingEngine</c> at start-up and by the <see cref="Decisions.Router"/> constructor.</para></remarks>
public sealed class RoutingOptions
{
    /// <summary>Gets or sets how long after an assignment the current assignee is kept while still eligible and within <see cref="Hysteresis"/>.</summary>
    /// <value>The default value is 15 minutes. Zero disables the cooldown. Must not be negative.</value>
    public Duration Cooldown { get; set; } = Duration.FromMinutes(15);

    /// <summary>
    /// Gets or sets the margin, in load-to-capacity ratio, by which the current assignee may be more
    /// loaded than the least-loaded eligible agent and still be kept during the cooldown.
    /// </summary>
    /// <value>The default value is 0.2 (20 percentage points). Must be between 0 and 1.</value>
    public double Hysteresis { get; set; } = 0.2;

    /// <summary>Gets or sets how many rejected alternatives a decision records; the rest are counted.</summary>
    /// <value>The default value is 16. Must be between 0 and 1024.</value>
    public int MaxAlternatives { get; set; } = 16;

    /// <summary>Gets or sets how many tickets' last decisions the router remembers to detect repeats.</summary>
    /// <value>The default value is 10,000. Must be at least 1.</value>
    public int DecisionLogCapacity { get; set; } = 10_000;

    /// <summary>Returns the validation failures, empty when the options are valid.</summary>
    /// <returns>One message per invalid option.</returns>
    public IReadOnlyList<string> Validate()
    {
        var failures = new List<string>();
        if (Cooldown < Duration.Zero)
        {
            failures.Add($"Cooldown must not be negative, but was {Cooldown}.");
        }

        if (double.IsNaN(Hysteresis) || Hysteresis < 0 || Hysteresis > 1)
        {
            failures.Add($"Hysteresis must be between 0 and 1, but was {Hysteresis}.");
        }

        if (MaxAlternatives < 0 || MaxAlternatives > 1024)
        {
            failures.Add($"MaxAlternatives must be between 0 and 1024, but was {MaxAlternatives}.");
        }

        if (DecisionLogCapacity < 1)
        {
            failures.Add($"DecisionLogCapacity must be at least 1, but was {DecisionLogCapacity}.");
        }

        return failures;
    }

    internal RoutingOptions Snapshot() => new()
    {
        Cooldown = Cooldown,
        Hysteresis = Hysteresis,
        MaxAlternatives = MaxAlternatives,
        DecisionLogCapacity = DecisionLogCapacity,
    };
}
