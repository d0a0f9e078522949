namespace SupportOps.CommandCenter.Agents;

/// <summary>One support agent: a row of the <c>Agents</c> table.</summary>
/// <remarks>
/// <para>What routing and the workload view need to know about a person: skills, presence, capacity
/// (overall and per channel), the weekly shift in the agent's own time zone, the team, whether they
/// lead it, and their place in the on-call rotation. Lists are stored as comma-separated text and
/// enums as snake_case wire names, so the table is the same on every provider.</para>
/// </remarks>
public sealed class AgentRecord
{
    /// <summary>Gets or sets the agent id (as in <c>assignee_changed</c> events); the primary key.</summary>
    public required string AgentId { get; set; }

    /// <summary>Gets or sets the display name.</summary>
    public required string DisplayName { get; set; }

    /// <summary>Gets or sets the team.</summary>
    public required string Team { get; set; }

    /// <summary>Gets or sets a value indicating whether the agent leads their team.</summary>
    public bool IsTeamLead { get; set; }

    /// <summary>Gets or sets the skills, lower case, comma-separated (<c>billing,general</c>).</summary>
    public required string Skills { get; set; }

    /// <summary>Gets or sets the presence: <c>online</c>, <c>away</c> or <c>offline</c>.</summary>
    public required string Status { get; set; }

    /// <summary>Gets or sets how many open tickets the agent can hold.</summary>
    public int Capacity { get; set; }

    /// <summary>Gets or sets per-channel limits as <c>channel=limit</c> pairs, comma-separated (<c>chat=3,social=2</c>); empty for none.</summary>
    public required string ChannelCapacity { get; set; }

    /// <summary>Gets or sets the agent's IANA time zone id.</summary>
    public required string TimeZone { get; set; }

    /// <summary>Gets or sets the shift's days as ISO day numbers, comma-separated (<c>1,2,3,4,5</c> is Monday to Friday).</summary>
    public required string ShiftDays { get; set; }

    /// <summary>Gets or sets the shift's local start, in minutes after midnight.</summary>
    public int ShiftStartMinutes { get; set; }

    /// <summary>Gets or sets the shift's local end, in minutes after midnight (at or before the start: the shift runs past midnight).</summary>
    public int ShiftEndMinutes { get; set; }

    /// <summary>Gets or sets the agent's position in the on-call rotation, or null when not in it.</summary>
    public int? OnCallPosition { get; set; }
}
