namespace SupportOps.CommandCenter.Routing;

/// <summary>A rejected alternative of a routing decision.</summary>
/// <param name="Kind">What was rejected: <c>rule</c>, <c>target</c> or <c>agent</c>.</param>
/// <param name="Id">The rule id, target (<c>agent_pool:billing</c>) or agent id.</param>
/// <param name="Reason">Why (<c>rule_did_not_match</c>, <c>lacks_skill</c>, <c>off_shift</c>, <c>at_capacity</c>, ...).</param>
/// <param name="FailedConditions">For a rule, the conditions that failed (<c>priority</c>, <c>risk_score</c>, <c>tags_any</c>, ...).</param>
public sealed record RoutingAlternativeView(string Kind, string Id, string Reason, IReadOnlyList<string> FailedConditions);
