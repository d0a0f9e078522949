namespace SupportOps.CommandCenter.SlaState;

/// <summary>One SLA timer of a ticket (its current cycle), evaluated now, with the engine's explanation.</summary>
/// <param name="Kind">The timer (<c>first_response</c>, <c>next_response</c>, <c>periodic_update</c>, <c>resolution</c>).</param>
/// <param name="Cycle">The current cycle's number, from 1.</param>
/// <param name="Cycles">How many cycles the timer has had.</param>
/// <param name="Status">The cycle status (<c>running</c>, <c>paused</c>, <c>fulfilled</c>, <c>cancelled</c>).</param>
/// <param name="State">The engine's state word (<c>running</c>, <c>warning</c>, <c>breached</c>, <c>fulfilled late</c>, ...).</param>
/// <param name="Start">When the cycle started (ISO-8601).</param>
/// <param name="Due">When it is (or was) due (ISO-8601).</param>
/// <param name="TargetSeconds">The target, in seconds of business (or calendar) time.</param>
/// <param name="ElapsedSeconds">The time used, in seconds.</param>
/// <param name="RemainingSeconds">The time left, in seconds; negative once breached.</param>
/// <param name="ElapsedPercent">Elapsed as a percentage of the target.</param>
/// <param name="Paused">Whether the cycle is paused (e.g. pending customer).</param>
/// <param name="PausedAt">Since when, if paused.</param>
/// <param name="Breached">Whether the cycle breached.</param>
/// <param name="Warning">Whether a warning threshold was reached and it has not breached.</param>
/// <param name="Warnings">The warning thresholds reached.</param>
/// <param name="PolicyId">The SLA policy.</param>
/// <param name="Explanation">The engine's explanation: policy and target, then each step with its instant.</param>
public sealed record SlaTimerDetail(
    string Kind,
    int Cycle,
    int Cycles,
    string Status,
    string State,
    string Start,
    string Due,
    double TargetSeconds,
    double ElapsedSeconds,
    double RemainingSeconds,
    double ElapsedPercent,
    bool Paused,
    string? PausedAt,
    bool Breached,
    bool Warning,
    IReadOnlyList<string> Warnings,
    string PolicyId,
    string Explanation);
