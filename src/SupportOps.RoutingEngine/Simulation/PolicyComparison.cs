using System.Collections.Immutable;

namespace SupportOps.RoutingEngine.Simulation;

/// <summary>The differences between two policies simulated on the same batch and snapshot.</summary>
/// <param name="Baseline">The baseline simulation.</param>
/// <param name="Candidate">The candidate simulation.</param>
/// <param name="Changes">The tickets whose target changed, in baseline routing order.</param>
/// <param name="Transitions">The changes counted per (from, to), most frequent first, then by from and to.</param>
public sealed record PolicyComparison(
    SimulationResult Baseline,
    SimulationResult Candidate,
    ImmutableArray<TargetChange> Changes,
    ImmutableArray<TransitionCount> Transitions)
{
    /// <summary>Gets the number of tickets compared.</summary>
    public int TicketCount => Baseline.Decisions.Length;

    /// <summary>Gets the number of tickets whose target changed.</summary>
    public int ChangedCount => Changes.Length;

    /// <summary>Gets the number of tickets routed to the same target by both policies.</summary>
    public int UnchangedCount => TicketCount - ChangedCount;
}
