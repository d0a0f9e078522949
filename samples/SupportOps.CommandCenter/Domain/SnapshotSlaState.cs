using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportOps.CommandCenter.Domain;

/// <summary>
/// What a ticket's snapshot keeps of its SLA evaluation so that a refresh at a later instant needs no events: the
/// running cycles (<see cref="SnapshotSlaCycle"/>), whether a cycle that is not running ever breached, and the risk
/// inputs that come from the ticket rather than the clock. Stored as compact JSON in
/// <c>TicketSnapshots.SlaState</c>.
/// </summary>
/// <remarks>
/// <para>Between two events of a ticket only time passes: a running cycle's target, closed elapsed time and run start
/// stay put, and paused, fulfilled and cancelled cycles do not change at all. So the countdowns, breach flags, the
/// soonest-due timer and the risk score at any later instant follow from this state and the calendars alone, exactly
/// as a full evaluation from the events computes them (<see cref="TicketStateCalculator.RefreshAt"/>).</para>
/// <para>The state itself does not depend on the instant it was computed at, so a time-only refresh never rewrites
/// it and the reconciliation job (which rebuilds snapshots at their own evaluation instant) sees no drift. It is
/// valid only for the stream version (<see cref="Version"/>) and the SLA settings (<see cref="Settings"/>) it was
/// computed from; otherwise the refresh re-evaluates the ticket from its events.</para>
/// </remarks>
internal sealed record SnapshotSlaState
{
    /// <summary>Gets the <see cref="SlaSettingsFingerprint"/> of the evaluator the state was computed with.</summary>
    [JsonPropertyName("s")]
    public required string Settings { get; init; }

    /// <summary>Gets the stream version the state reflects.</summary>
    [JsonPropertyName("v")]
    public long Version { get; init; }

    /// <summary>Gets the instant of the last SLA occurrence, in nanoseconds since the Unix epoch: the SLA is never evaluated earlier.</summary>
    [JsonPropertyName("l")]
    public long LastOccurrenceNanoseconds { get; init; }

    /// <summary>Gets whether a cycle that is not running (paused, fulfilled, cancelled) breached.</summary>
    [JsonPropertyName("eb")]
    public bool EndedBreached { get; init; }

    /// <summary>Gets the risk model's priority (<c>SupportOps.RiskModel.Scoring.Priority</c> as a number).</summary>
    [JsonPropertyName("p")]
    public int Priority { get; init; }

    /// <summary>Gets the risk model's channel (as a number).</summary>
    [JsonPropertyName("c")]
    public int Channel { get; init; }

    /// <summary>Gets the risk model's status (as a number).</summary>
    [JsonPropertyName("st")]
    public int Status { get; init; }

    /// <summary>Gets whether the ticket is assigned.</summary>
    [JsonPropertyName("a")]
    public bool IsAssigned { get; init; }

    /// <summary>Gets the running cycles, in timer kind order (at most one per kind).</summary>
    [JsonPropertyName("r")]
    public IReadOnlyList<SnapshotSlaCycle> Running { get; init; } = [];

    /// <summary>Serializes the state.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, SnapshotSlaStateJsonContext.Default.SnapshotSlaState);

    /// <summary>Reads a stored state, or returns null for a missing or unreadable one (the refresh then re-evaluates from the events).</summary>
    public static SnapshotSlaState? TryParse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, SnapshotSlaStateJsonContext.Default.SnapshotSlaState);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
