using SupportOps.RoutingEngine.Decisions;

namespace SupportOps.CommandCenter.Routing;

/// <summary>
/// Hands the full decisions (with alternatives) the router is about to append to
/// <see cref="RoutingProjection"/>, which stores them in the append's transaction. Scoped: one per request.
/// </summary>
internal sealed class RoutingDecisionCapture
{
    private readonly Dictionary<string, RoutingDecision> _pending = new(StringComparer.Ordinal);

    /// <summary>Remembers a decision until its event is appended.</summary>
    public void Add(RoutingDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        _pending[decision.DecisionId] = decision;
    }

    /// <summary>Takes the decision with an id, if one was added.</summary>
    public RoutingDecision? Take(string decisionId) => _pending.Remove(decisionId, out var decision) ? decision : null;
}
