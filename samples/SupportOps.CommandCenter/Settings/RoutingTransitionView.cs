namespace SupportOps.CommandCenter.Settings;

/// <summary>How many replayed tickets move from one target to another.</summary>
/// <param name="From">The target under the active policy.</param>
/// <param name="To">The target under the candidate.</param>
/// <param name="Count">How many tickets.</param>
public sealed record RoutingTransitionView(string From, string To, int Count);
