namespace SupportOps.CommandCenter.Workload;

/// <summary>One agent's workload now and over the period.</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="DisplayName">The name.</param>
/// <param name="Team">The team.</param>
/// <param name="IsTeamLead">Whether the agent leads the team.</param>
/// <param name="Status">Presence (<c>online</c>, <c>away</c>, <c>offline</c>).</param>
/// <param name="OnShift">Whether the agent is on shift now, in their own time zone.</param>
/// <param name="Capacity">How many open tickets the agent can hold.</param>
/// <param name="OpenAssigned">Open tickets assigned now.</param>
/// <param name="PendingOnCustomer">Of those, how many wait on the customer.</param>
/// <param name="OpenByChannel">Open tickets per channel.</param>
/// <param name="ChannelCapacity">Per-channel limits.</param>
/// <param name="Utilization">Open assigned / capacity (1.0 = full), or null without capacity.</param>
/// <param name="UtilizationByChannel">Per channel with a limit: open / limit.</param>
/// <param name="Occupancy">Share of the period's business time with at least one new or open ticket assigned (SupportOps.Analytics), or null.</param>
/// <param name="TicketAge">Age of the open tickets.</param>
/// <param name="Sla">SLA attainment of the agent's tickets in the period.</param>
public sealed record AgentWorkloadView(
    string AgentId,
    string DisplayName,
    string Team,
    bool IsTeamLead,
    string Status,
    bool OnShift,
    int Capacity,
    int OpenAssigned,
    int PendingOnCustomer,
    IReadOnlyDictionary<string, int> OpenByChannel,
    IReadOnlyDictionary<string, int> ChannelCapacity,
    double? Utilization,
    IReadOnlyDictionary<string, double> UtilizationByChannel,
    double? Occupancy,
    TicketAgeView TicketAge,
    SlaAttainmentView Sla);
