namespace SupportOps.CommandCenter.Agents;

/// <summary>An agent as the API shows it.</summary>
/// <param name="AgentId">The id (as in <c>assignee_changed</c> events).</param>
/// <param name="DisplayName">The name.</param>
/// <param name="Team">The team.</param>
/// <param name="IsTeamLead">Whether the agent leads the team.</param>
/// <param name="Skills">The skills.</param>
/// <param name="Status">Presence: <c>online</c>, <c>away</c> or <c>offline</c>.</param>
/// <param name="Capacity">How many open tickets the agent can hold.</param>
/// <param name="ChannelCapacity">Per-channel limits.</param>
/// <param name="TimeZone">The IANA time zone.</param>
/// <param name="ShiftDays">The shift's days (<c>monday</c> …).</param>
/// <param name="ShiftStart">The shift's local start (<c>HH:mm</c>).</param>
/// <param name="ShiftEnd">The shift's local end (<c>HH:mm</c>; at or before the start: past midnight).</param>
/// <param name="OnCallPosition">The position in the on-call rotation, or null.</param>
/// <param name="OnShift">Whether the agent is on shift now.</param>
/// <param name="OpenAssigned">Open tickets assigned now.</param>
public sealed record AgentView(
    string AgentId,
    string DisplayName,
    string Team,
    bool IsTeamLead,
    IReadOnlyList<string> Skills,
    string Status,
    int Capacity,
    IReadOnlyDictionary<string, int> ChannelCapacity,
    string TimeZone,
    IReadOnlyList<string> ShiftDays,
    string ShiftStart,
    string ShiftEnd,
    int? OnCallPosition,
    bool OnShift,
    int OpenAssigned);
