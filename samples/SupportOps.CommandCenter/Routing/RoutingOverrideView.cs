namespace SupportOps.CommandCenter.Routing;

/// <summary>A routing override.</summary>
/// <param name="OverrideId">The override id as recorded in the timeline.</param>
/// <param name="Kind"><c>reassign_to_agent</c> or <c>escalate_to_queue</c>.</param>
/// <param name="Target">The agent or queue.</param>
/// <param name="Reason">Why.</param>
/// <param name="AppliedBy">Who applied it.</param>
/// <param name="AppliedAt">When (ISO-8601).</param>
/// <param name="ExpiresAt">When it stops applying (ISO-8601), or null until cleared.</param>
public sealed record RoutingOverrideView(string OverrideId, string Kind, string Target, string Reason, string AppliedBy, string AppliedAt, string? ExpiresAt);
