namespace SupportOps.CommandCenter.Workload;

/// <summary>The workload view: per agent, per team, and rebalancing suggestions.</summary>
/// <param name="GeneratedAt">The instant the report describes (ISO-8601).</param>
/// <param name="PeriodStart">The start of the period for occupancy and SLA attainment (ISO-8601).</param>
/// <param name="Agents">Per agent, in id order.</param>
/// <param name="Teams">Per team, in name order.</param>
/// <param name="Suggestions">Moves that would bring overloaded or absent agents' urgent tickets to agents with room, most urgent first per source.</param>
public sealed record WorkloadReport(string GeneratedAt, string PeriodStart, IReadOnlyList<AgentWorkloadView> Agents, IReadOnlyList<TeamWorkloadView> Teams, IReadOnlyList<RebalanceSuggestion> Suggestions);
