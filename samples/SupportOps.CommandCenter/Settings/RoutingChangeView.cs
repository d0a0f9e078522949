namespace SupportOps.CommandCenter.Settings;

/// <summary>One replayed ticket the candidate policy routes differently.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="From">The target under the active policy.</param>
/// <param name="To">The target under the candidate.</param>
/// <param name="FromRule">The rule that decided under the active policy, or null.</param>
/// <param name="ToRule">The rule that decides under the candidate, or null.</param>
public sealed record RoutingChangeView(string TicketId, string From, string To, string? FromRule, string? ToRule);
