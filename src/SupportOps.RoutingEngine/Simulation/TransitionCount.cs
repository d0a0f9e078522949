using SupportOps.RoutingEngine.Decisions;

namespace SupportOps.RoutingEngine.Simulation;

/// <summary>How many tickets moved from one target to another between two policies.</summary>
/// <param name="From">The baseline target.</param>
/// <param name="To">The candidate target.</param>
/// <param name="Count">The number of tickets.</param>
public readonly record struct TransitionCount(DecisionTarget From, DecisionTarget To, int Count);
