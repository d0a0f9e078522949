using System.Globalization;
using NodaTime;
using SupportOps.CommandCenter.Domain;
using SupportOps.RoutingEngine.Agents;
using Engine = SupportOps.RoutingEngine;
using Timeline = SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Agents;

/// <summary>Reads the text columns of <see cref="AgentRecord"/> into the packages' types.</summary>
/// <remarks><para>Lenient about stored text: unknown channels and skills-list whitespace are ignored, an unknown time zone is UTC.</para></remarks>
internal static class AgentMapper
{
    /// <summary>The skills of a row, trimmed and lower case.</summary>
    public static IReadOnlyList<string> Skills(AgentRecord agent) =>
        [.. agent.Skills.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant())];

    /// <summary>The per-channel limits of a row.</summary>
    public static IReadOnlyDictionary<Timeline.Channel, int> ChannelCapacity(AgentRecord agent)
    {
        var limits = new SortedDictionary<Timeline.Channel, int>();
        foreach (var pair in agent.ChannelCapacity.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2
                && Vocabulary.TryParse<Timeline.Channel>(parts[0], out var channel)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var limit))
            {
                limits[channel] = limit;
            }
        }

        return limits;
    }

    /// <summary>The agent's time zone, or UTC when the id is unknown.</summary>
    public static DateTimeZone Zone(AgentRecord agent) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(agent.TimeZone) ?? DateTimeZone.Utc;

    /// <summary>The agent's weekly shift in their own zone.</summary>
    public static WeeklyShift Shift(AgentRecord agent)
    {
        var days = agent.ShiftDays.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 7 ? (IsoDayOfWeek?)n : null)
            .OfType<IsoDayOfWeek>()
            .Distinct()
            .ToList();
        return days.Count == 0
            ? WeeklyShift.Always
            : WeeklyShift.On(LocalTime.FromMinutesSinceMidnight(agent.ShiftStartMinutes), LocalTime.FromMinutesSinceMidnight(agent.ShiftEndMinutes), days);
    }

    /// <summary>The routing engine's view of an agent with its current open-ticket load.</summary>
    public static Agent ToRoutingAgent(AgentRecord agent, int load, IReadOnlyDictionary<Timeline.Channel, int> channelLoad) => new(
        agent.AgentId,
        Skills(agent),
        Vocabulary.TryParse<AgentStatus>(agent.Status, out var status) ? status : AgentStatus.Offline,
        agent.Capacity,
        load,
        Zone(agent),
        Shift(agent),
        agent.Team,
        agent.IsTeamLead,
        ChannelCapacity(agent).Select(p => KeyValuePair.Create(Vocabulary.Map<Timeline.Channel, Engine.Channel>(p.Key), p.Value)),
        channelLoad.Select(p => KeyValuePair.Create(Vocabulary.Map<Timeline.Channel, Engine.Channel>(p.Key), p.Value)));

    /// <summary>
    /// The on-call rotation covering [<paramref name="from"/>, <paramref name="to"/>] (and a day either side): one-day shifts starting at midnight UTC; on day <c>d</c>
    /// (days since the Unix epoch) the primary is member <c>d mod n</c> of the rotation (ordered by
    /// position, then id) and the secondary the next member.
    /// </summary>
    public static OnCallSchedule OnCall(IEnumerable<AgentRecord> agents, Instant from, Instant to)
    {
        var members = agents.Where(a => a.OnCallPosition is not null)
            .OrderBy(a => a.OnCallPosition).ThenBy(a => a.AgentId, StringComparer.Ordinal)
            .Select(a => a.AgentId)
            .ToList();
        if (members.Count == 0)
        {
            return OnCallSchedule.Empty;
        }

        var first = DayNumber(from);
        var last = DayNumber(to);
        var shifts = new List<OnCallShift>();
        for (var day = first - 1; day <= last + 1; day++)
        {
            var start = Instant.FromUnixTimeTicks(day * NodaConstants.TicksPerDay);
            var index = (int)(((day % members.Count) + members.Count) % members.Count);
            shifts.Add(new OnCallShift(start, start + Duration.FromDays(1), members[index], members.Count > 1 ? members[(index + 1) % members.Count] : null));
        }

        return new OnCallSchedule(shifts);
    }

    private static long DayNumber(Instant instant) => (long)Math.Floor(instant.ToUnixTimeTicks() / (double)NodaConstants.TicksPerDay);
}
