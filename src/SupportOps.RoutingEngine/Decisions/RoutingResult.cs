namespace SupportOps.RoutingEngine.Decisions;

/// <summary>The result of <see cref="Router.Route"/>: the decision, whether it repeats the ticket's last one, and the event to record.</summary>
/// <param name="Decision">The decision.</param>
/// <param name="IsRepeat">True when the same ticket was already routed with the same inputs hash and policy version; the earlier decision is returned and nothing new is emitted.</param>
/// <param name="Recorded">The event to append to the timeline, or null for a repeat.</param>
public sealed record RoutingResult(RoutingDecision Decision, bool IsRepeat, RoutingDecisionRecorded? Recorded);
