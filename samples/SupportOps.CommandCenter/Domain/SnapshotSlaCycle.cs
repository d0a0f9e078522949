using System.Text.Json.Serialization;

namespace SupportOps.CommandCenter.Domain;

/// <summary>
/// One running SLA cycle as <see cref="SnapshotSlaState"/> keeps it: everything its elapsed time, breach and due
/// instant at a later instant follow from (with its calendar), none of which moves until the ticket's next event.
/// </summary>
/// <remarks>Instants and durations are whole nanoseconds (instants since the Unix epoch), so nothing is rounded. Short JSON names keep the column small.</remarks>
internal sealed record SnapshotSlaCycle
{
    /// <summary>Gets the timer kind (<c>SupportOps.SlaEngine.Timers.SlaTimerKind</c> as a number).</summary>
    [JsonPropertyName("k")]
    public int Kind { get; init; }

    /// <summary>Gets the cycle's number within its timer, starting at 1.</summary>
    [JsonPropertyName("n")]
    public int Number { get; init; }

    /// <summary>Gets the name of the business calendar the cycle counts on, or null (calendar time, or the set's unnamed default).</summary>
    [JsonPropertyName("cal")]
    public string? Calendar { get; init; }

    /// <summary>Gets whether the timer counts calendar time (used only when <see cref="Calendar"/> is null and the set has no default name).</summary>
    [JsonPropertyName("ct")]
    public bool CalendarTime { get; init; }

    /// <summary>Gets the target that applies, in nanoseconds.</summary>
    [JsonPropertyName("tg")]
    public long TargetNanoseconds { get; init; }

    /// <summary>Gets the business time that ran before the current run began (earlier runs, pauses excluded), in nanoseconds.</summary>
    [JsonPropertyName("cl")]
    public long ClosedElapsedNanoseconds { get; init; }

    /// <summary>Gets the instant the current run began, in nanoseconds since the Unix epoch.</summary>
    [JsonPropertyName("rs")]
    public long RunningSinceNanoseconds { get; init; }

    /// <summary>
    /// Gets the due (breach) instant when the cycle had already breached before its current run began, in nanoseconds since the Unix epoch;
    /// otherwise null (the due instant then follows from the calendar).
    /// </summary>
    [JsonPropertyName("bd")]
    public long? BreachedDueNanoseconds { get; init; }
}
