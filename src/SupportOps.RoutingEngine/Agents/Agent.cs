using System.Collections.Immutable;
using NodaTime;
using SupportOps.RoutingEngine.Internal;

namespace SupportOps.RoutingEngine.Agents;

/// <summary>
/// One agent in a capacity snapshot: skills, status, capacity and load (overall and per channel),
/// weekly shift in their own time zone, team and team-lead flag.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Capacity"/> caps the agent's open tickets; <see cref="ChannelCapacity"/> optionally caps
/// them per channel (a channel without an entry is limited only by the overall capacity; an entry of 0
/// means the agent takes no tickets from that channel). Loads count open assigned tickets and may
/// exceed capacity in a snapshot; the router never adds to such an agent.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Agent
{
    /// <summary>Initializes a new agent.</summary>
    /// <param name="id">The agent id (compared ordinally); must not be null or empty.</param>
    /// <param name="skills">The skills, normalized to lower case; null for none.</param>
    /// <param name="status">The presence.</param>
    /// <param name="capacity">The maximum number of open tickets; not negative.</param>
    /// <param name="load">The current number of open tickets; not negative.</param>
    /// <param name="timeZone">The agent's time zone; null for UTC.</param>
    /// <param name="shift">The weekly shift in <paramref name="timeZone"/>; null for always on shift.</param>
    /// <param name="team">The team id, or null.</param>
    /// <param name="isTeamLead">Whether the agent leads <paramref name="team"/>.</param>
    /// <param name="channelCapacity">Per-channel capacities, or null.</param>
    /// <param name="channelLoad">Per-channel loads, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/>, a skill or <paramref name="team"/> is empty, or <paramref name="isTeamLead"/> is set without a team.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A capacity or load is negative, or <paramref name="status"/> is undefined.</exception>
    public Agent(
        string id,
        IEnumerable<string>? skills,
        AgentStatus status,
        int capacity,
        int load,
        DateTimeZone? timeZone = null,
        WeeklyShift? shift = null,
        string? team = null,
        bool isTeamLead = false,
        IEnumerable<KeyValuePair<Channel, int>>? channelCapacity = null,
        IEnumerable<KeyValuePair<Channel, int>>? channelLoad = null)
    {
        Id = Guard.NotNullOrWhiteSpace(id).Trim();
        Skills = Names.NormalizeSet(skills, nameof(skills));
        Status = Guard.Defined(status);
        Capacity = Guard.NotNegative(capacity);
        Load = Guard.NotNegative(load);
        TimeZone = timeZone ?? DateTimeZone.Utc;
        Shift = shift ?? WeeklyShift.Always;
        Team = team is null ? null : Names.Normalize(team, nameof(team));
        if (isTeamLead && Team is null)
        {
            throw new ArgumentException("isTeamLead needs a team, but team was null.", nameof(isTeamLead));
        }

        IsTeamLead = isTeamLead;
        ChannelCapacity = ToChannelMap(channelCapacity, nameof(channelCapacity));
        ChannelLoad = ToChannelMap(channelLoad, nameof(channelLoad));
    }

    /// <summary>Gets the agent id.</summary>
    public string Id { get; }

    /// <summary>Gets the normalized skills in ordinal order.</summary>
    public ImmutableArray<string> Skills { get; }

    /// <summary>Gets the presence.</summary>
    public AgentStatus Status { get; }

    /// <summary>Gets the maximum number of open tickets.</summary>
    public int Capacity { get; }

    /// <summary>Gets the current number of open tickets.</summary>
    public int Load { get; }

    /// <summary>Gets the agent's time zone, in which <see cref="Shift"/> is evaluated.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Gets the weekly shift.</summary>
    public WeeklyShift Shift { get; }

    /// <summary>Gets the team id, or null.</summary>
    public string? Team { get; }

    /// <summary>Gets a value indicating whether the agent leads <see cref="Team"/>.</summary>
    public bool IsTeamLead { get; }

    /// <summary>Gets the per-channel capacities.</summary>
    public ImmutableSortedDictionary<Channel, int> ChannelCapacity { get; }

    /// <summary>Gets the per-channel loads (a missing channel has load 0).</summary>
    public ImmutableSortedDictionary<Channel, int> ChannelLoad { get; }

    /// <summary>Returns a copy with another status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined.</exception>
    public Agent WithStatus(AgentStatus status) =>
        new(Id, Skills, status, Capacity, Load, TimeZone, Shift, Team, IsTeamLead, ChannelCapacity, ChannelLoad);

    /// <summary>Returns a copy with another overall load and, optionally, other per-channel loads.</summary>
    /// <param name="load">The overall load; not negative.</param>
    /// <param name="channelLoad">The per-channel loads, or null to keep the current ones.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A load is negative.</exception>
    public Agent WithLoad(int load, IEnumerable<KeyValuePair<Channel, int>>? channelLoad = null) =>
        new(Id, Skills, Status, Capacity, load, TimeZone, Shift, Team, IsTeamLead, ChannelCapacity, channelLoad ?? ChannelLoad);

    /// <inheritdoc />
    public override string ToString() => $"Agent {Id} ({Status}, {Load}/{Capacity})";

    private static ImmutableSortedDictionary<Channel, int> ToChannelMap(IEnumerable<KeyValuePair<Channel, int>>? values, string argumentName)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<Channel, int>();
        foreach (var (channel, value) in values ?? [])
        {
            if (!Enum.IsDefined(channel))
            {
                throw new ArgumentOutOfRangeException(argumentName, channel, $"{argumentName} has an undefined channel {channel}.");
            }

            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(argumentName, value, $"{argumentName}[{channel}] must not be negative, but was {value}.");
            }

            builder[channel] = value;
        }

        return builder.ToImmutable();
    }
}
