namespace SupportOps.CommandCenter.Routing;

/// <summary>The result of routing a ticket (or of applying or clearing an override, which routes it again).</summary>
/// <param name="Decision">The decision.</param>
/// <param name="Repeat">True when the inputs and policy version equal the ticket's last decision: nothing was appended.</param>
/// <param name="Version">The ticket's stream version afterwards.</param>
/// <param name="EventsAppended">How many timeline events were appended (0 for a repeat).</param>
/// <param name="Override">The override applied by this request, or null.</param>
public sealed record RouteResponse(RoutingDecisionView Decision, bool Repeat, long Version, int EventsAppended, RoutingOverrideView? Override);
