using SupportOps.RoutingEngine.Decisions;

namespace SupportOps.RoutingEngine.Simulation;

/// <summary>How many tickets of a simulation went to one target.</summary>
/// <param name="Target">The queue or agent.</param>
/// <param name="Count">The number of tickets.</param>
public readonly record struct TargetCount(DecisionTarget Target, int Count);
