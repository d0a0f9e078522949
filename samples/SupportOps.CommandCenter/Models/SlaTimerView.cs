namespace SupportOps.CommandCenter.Models;

/// <summary>The current cycle of one SLA timer, evaluated now.</summary>
/// <param name="Kind">The timer kind (<c>first_response</c>, <c>next_response</c>, <c>periodic_update</c>, <c>resolution</c>).</param>
/// <param name="Cycle">The cycle number, from 1.</param>
/// <param name="Status">The cycle status (<c>running</c>, <c>paused</c>, <c>fulfilled</c>, <c>cancelled</c>).</param>
/// <param name="Start">When the cycle started.</param>
/// <param name="Due">When it is due.</param>
/// <param name="TargetSeconds">The target, in seconds of business (or calendar) time.</param>
/// <param name="ElapsedSeconds">The time used so far, in seconds.</param>
/// <param name="RemainingSeconds">The time left, in seconds; negative once breached.</param>
/// <param name="ElapsedPercent">Elapsed as a percentage of the target.</param>
/// <param name="Breached">Whether the cycle is breached.</param>
/// <param name="Warning">Whether a warning threshold was crossed.</param>
/// <param name="PausedAt">When the cycle was paused, if it is.</param>
/// <param name="PolicyId">The SLA policy the cycle follows.</param>
public sealed record SlaTimerView(
    string Kind,
    int Cycle,
    string Status,
    string Start,
    string Due,
    double TargetSeconds,
    double ElapsedSeconds,
    double RemainingSeconds,
    double ElapsedPercent,
    bool Breached,
    bool Warning,
    string? PausedAt,
    string PolicyId);
