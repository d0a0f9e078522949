namespace SupportOps.CommandCenter.Routing;

/// <summary>A ticket's routing state: its latest decision and the override in force.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="Decision">The latest recorded decision with its rejected alternatives.</param>
/// <param name="ActiveOverride">The override active now, or null.</param>
public sealed record TicketRoutingView(string TicketId, RoutingDecisionView Decision, RoutingOverrideView? ActiveOverride);
