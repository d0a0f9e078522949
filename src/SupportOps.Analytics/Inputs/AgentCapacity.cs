using System.Collections.Immutable;
using SupportOps.Analytics.Internal;
using SupportOps.EventTimeline.Events;
using SupportOps.SlaEngine.Calendars;

namespace SupportOps.Analytics.Inputs;

/// <summary>What an agent can carry, as the team lead sets it: open tickets overall and per channel, and the agent's shift.</summary>
/// <remarks><para>This type is immutable and thread-safe.</para></remarks>
public sealed class AgentCapacity
{
    /// <summary>Initializes an agent's capacity.</summary>
    /// <param name="agentId">The agent id, as it appears in assignee changes and replies; must not be null or empty.</param>
    /// <param name="maxOpenTickets">The number of open assigned tickets the agent can carry; not negative.</param>
    /// <param name="perChannel">Optional per-channel limits; null for none.</param>
    /// <param name="shift">The agent's shift; null to use the period's calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agentId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A capacity is negative.</exception>
    public AgentCapacity(string agentId, int maxOpenTickets, IReadOnlyDictionary<Channel, int>? perChannel = null, IBusinessCalendar? shift = null)
    {
        AgentId = Guard.NotNullOrEmpty(agentId);
        MaxOpenTickets = Guard.NotNegative(maxOpenTickets);
        PerChannel = perChannel is null ? ImmutableSortedDictionary<Channel, int>.Empty : perChannel.ToImmutableSortedDictionary();
        foreach (var (channel, limit) in PerChannel)
        {
            if (limit < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(perChannel), limit, $"perChannel[{channel}] must not be negative, but was {limit}.");
            }
        }

        Shift = shift;
    }

    /// <summary>Gets the agent id.</summary>
    public string AgentId { get; }

    /// <summary>Gets the number of open assigned tickets the agent can carry.</summary>
    public int MaxOpenTickets { get; }

    /// <summary>Gets the per-channel limits (empty when none were given).</summary>
    public ImmutableSortedDictionary<Channel, int> PerChannel { get; }

    /// <summary>Gets the agent's shift, or <see langword="null"/> to use the period's calendar.</summary>
    public IBusinessCalendar? Shift { get; }
}
