namespace SupportOps.CommandCenter.Routing;

/// <summary>The body of <c>POST /api/v1/tickets/{id}/route/override</c>.</summary>
/// <param name="Kind"><c>reassign_to_agent</c> (default) or <c>escalate_to_queue</c>.</param>
/// <param name="Target">The agent id or the queue; required.</param>
/// <param name="Reason">Why; required (recorded in the timeline and the audit log).</param>
/// <param name="ExpiresAt">When the override stops applying (ISO-8601 UTC, after now); omit to keep it until cleared.</param>
public sealed record RoutingOverrideRequest(string? Kind, string? Target, string? Reason, string? ExpiresAt);
