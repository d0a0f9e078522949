using System.Collections.Immutable;
using SupportOps.RoutingEngine.Decisions;

namespace SupportOps.RoutingEngine.Simulation;

/// <summary>The outcome of routing a batch against a capacity snapshot.</summary>
/// <param name="PolicyVersion">The policy version.</param>
/// <param name="Decisions">The decisions in routing order (created instant, then ticket id).</param>
/// <param name="Distribution">Tickets per target, by kind (queues first) then id.</param>
/// <param name="Unassigned">The tickets that reached no agent, in routing order.</param>
public sealed record SimulationResult(
    string PolicyVersion,
    ImmutableArray<RoutingDecision> Decisions,
    ImmutableArray<TargetCount> Distribution,
    ImmutableArray<UnassignedTicket> Unassigned)
{
    /// <summary>Gets the number of tickets assigned to an agent.</summary>
    public int AssignedCount => Decisions.Length - Unassigned.Length;

    /// <summary>Returns the number of tickets that went to a target.</summary>
    /// <param name="target">The target.</param>
    /// <returns>The count, 0 when none.</returns>
    public int CountFor(DecisionTarget target)
    {
        foreach (var entry in Distribution)
        {
            if (entry.Target == target)
            {
                return entry.Count;
            }
        }

        return 0;
    }
}
