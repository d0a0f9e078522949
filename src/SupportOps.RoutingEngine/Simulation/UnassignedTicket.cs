using SupportOps.RoutingEngine.Decisions;

namespace SupportOps.RoutingEngine.Simulation;

/// <summary>A simulated ticket that reached no agent, with the reason.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="Queue">The queue it waits in.</param>
/// <param name="RuleId">The matching rule, or null.</param>
/// <param name="Reason">
/// <see cref="RoutingReasonCode.NoRuleMatched"/>, <see cref="RoutingReasonCode.NoEligibleAgent"/>,
/// <see cref="RoutingReasonCode.OverrideEscalation"/>, or <see cref="RoutingReasonCode.RuleMatched"/> for a rule that targets a queue.
/// </param>
/// <param name="Explanation">A sentence: which target found nobody and why the agents were rejected (from the recorded alternatives).</param>
public sealed record UnassignedTicket(string TicketId, string Queue, string? RuleId, RoutingReasonCode Reason, string Explanation);
