using SupportOps.RoutingEngine.Policies;

namespace SupportOps.RoutingEngine.Decisions;

/// <summary>An alternative a decision considered and rejected, with the reason.</summary>
/// <param name="Kind">Rule, target or agent.</param>
/// <param name="Id">The rule id, target or agent id.</param>
/// <param name="Reason">Why it was rejected.</param>
/// <param name="FailedConditions">For a rule, the conditions that failed (union over its clauses); otherwise none.</param>
public readonly record struct RoutingAlternative(AlternativeKind Kind, string Id, RejectionReason Reason, RuleConditionKinds FailedConditions = RuleConditionKinds.None)
{
    /// <inheritdoc />
    public override string ToString() =>
        FailedConditions == RuleConditionKinds.None ? $"{Kind} {Id}: {Reason}" : $"{Kind} {Id}: {Reason} ({FailedConditions})";
}
