using NodaTime;

namespace SupportOps.RoutingEngine.Decisions;

/// <summary>Emitted when the router records a new decision; the host maps it onto its timeline.</summary>
/// <param name="Decision">The decision.</param>
/// <param name="RecordedAt">The decision instant (<c>now</c>).</param>
public sealed record RoutingDecisionRecorded(RoutingDecision Decision, Instant RecordedAt)
{
    /// <summary>The stable, versioned wire name of this event.</summary>
    public const string EventType = "routing.decision_recorded.v1";
}
