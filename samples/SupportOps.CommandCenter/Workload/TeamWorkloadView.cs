namespace SupportOps.CommandCenter.Workload;

/// <summary>A team's workload: its agents summed.</summary>
/// <param name="Team">The team.</param>
/// <param name="Leads">The team leads.</param>
/// <param name="Agents">How many agents.</param>
/// <param name="Capacity">Summed capacity.</param>
/// <param name="OpenAssigned">Summed open assigned tickets.</param>
/// <param name="Utilization">Open assigned / capacity, or null without capacity.</param>
/// <param name="TicketAge">Age of the team's open tickets.</param>
/// <param name="Sla">SLA attainment of the team's tickets in the period.</param>
public sealed record TeamWorkloadView(string Team, IReadOnlyList<string> Leads, int Agents, int Capacity, int OpenAssigned, double? Utilization, TicketAgeView TicketAge, SlaAttainmentView Sla);
