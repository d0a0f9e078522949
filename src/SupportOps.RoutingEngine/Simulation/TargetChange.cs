using SupportOps.RoutingEngine.Decisions;

namespace SupportOps.RoutingEngine.Simulation;

/// <summary>A ticket the candidate policy routes differently from the baseline.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="From">The baseline target.</param>
/// <param name="To">The candidate target.</param>
/// <param name="FromRuleId">The baseline's matching rule, or null.</param>
/// <param name="ToRuleId">The candidate's matching rule, or null.</param>
public sealed record TargetChange(string TicketId, DecisionTarget From, DecisionTarget To, string? FromRuleId, string? ToRuleId);
