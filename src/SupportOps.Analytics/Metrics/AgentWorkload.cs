using System.Collections.Immutable;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Analytics.Metrics;

/// <summary>One agent's workload in a period.</summary>
/// <param name="AgentId">The agent id.</param>
/// <param name="OpenAssigned">Tickets assigned to the agent and not solved or closed at the period's end.</param>
/// <param name="OpenByChannel">Those tickets per channel.</param>
/// <param name="PendingOnCustomer">Those tickets whose status is pending-customer.</param>
/// <param name="Capacity">The agent's capacity, or null when none was given.</param>
/// <param name="Utilization">OpenAssigned / Capacity, or null without a positive capacity.</param>
/// <param name="UtilizationByChannel">Open tickets / limit per channel that has a positive limit.</param>
/// <param name="Occupancy">Business time of the agent's shift with at least one active (new or open) assigned ticket / shift time in the period (minute resolution), or null when the shift has no time in the period.</param>
/// <param name="Replies">Public replies the agent wrote in the period.</param>
/// <param name="Solves">Tickets the agent solved in the period (assignee at the solve).</param>
/// <param name="ShiftHours">Business hours of the agent's shift in the period.</param>
public sealed record AgentWorkload(
    string AgentId,
    int OpenAssigned,
    ImmutableSortedDictionary<Channel, int> OpenByChannel,
    int PendingOnCustomer,
    int? Capacity,
    double? Utilization,
    ImmutableSortedDictionary<Channel, double> UtilizationByChannel,
    double? Occupancy,
    int Replies,
    int Solves,
    double ShiftHours)
{
    /// <summary>Gets public replies per business hour of the shift, or null when the shift has no time in the period.</summary>
    public double? RepliesPerBusinessHour => ShiftHours > 0 ? Replies / ShiftHours : null;

    /// <summary>Gets solves per business hour of the shift, or null when the shift has no time in the period.</summary>
    public double? SolvesPerBusinessHour => ShiftHours > 0 ? Solves / ShiftHours : null;
}
