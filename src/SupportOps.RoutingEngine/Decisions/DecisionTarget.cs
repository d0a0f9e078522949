namespace SupportOps.RoutingEngine.Decisions;

/// <summary>The resolved target of a decision: a queue or an agent, by id.</summary>
/// <param name="Kind">Queue or agent.</param>
/// <param name="Id">The queue id or agent id.</param>
public readonly record struct DecisionTarget(DecisionTargetKind Kind, string Id)
{
    /// <inheritdoc />
    public override string ToString() => Kind == DecisionTargetKind.Agent ? $"agent:{Id}" : $"queue:{Id}";
}
