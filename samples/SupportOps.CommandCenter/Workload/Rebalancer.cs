using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SupportOps.CommandCenter.Agents;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Workload;

/// <summary>
/// Suggests ticket moves that relieve overloaded or absent agents, deterministically.
/// </summary>
/// <remarks>
/// <para><b>Sources</b>: agents above <see cref="HighWatermark"/> utilization (open assigned /
/// capacity), and absent agents (not online, or off shift) holding tickets whose SLA is due within
/// <see cref="AbsentUrgency"/>. Absent agents come first, then by utilization (highest first), then
/// by id. Only new and open tickets move (pending and on-hold ones wait on someone else), the one
/// due soonest first.</para>
/// <para><b>Receivers</b>: online, on-shift agents with a positive capacity who stay at or below
/// <see cref="TargetUtilization"/> after the move, with room on the ticket's channel, and with the
/// skill named like the ticket's queue when any agent has such a skill (a <c>billing</c> ticket goes
/// to someone with <c>billing</c>). The sender's team first, then the lowest utilization after the
/// move, then id.</para>
/// <para>Each move updates the loads before the next is chosen; at most <see cref="MaxSuggestions"/>.
/// The same agents and tickets always give the same suggestions.</para>
/// </remarks>
internal static class Rebalancer
{
    /// <summary>Agents above this utilization are relieved.</summary>
    public const double HighWatermark = 0.9;

    /// <summary>Receivers may be filled up to this utilization.</summary>
    public const double TargetUtilization = 0.8;

    /// <summary>The most suggestions returned.</summary>
    public const int MaxSuggestions = 20;

    /// <summary>An absent agent's ticket is moved when its SLA is due within this.</summary>
    public static readonly Duration AbsentUrgency = Duration.FromHours(4);

    /// <summary>Computes the suggestions.</summary>
    /// <param name="agents">The agents, with whether each is on shift now.</param>
    /// <param name="open">The open tickets (any assignee; unassigned and unknown assignees are ignored).</param>
    /// <param name="now">The instant (for the absent-agent urgency window).</param>
    public static List<RebalanceSuggestion> Suggest(IReadOnlyList<(AgentRecord Agent, bool OnShift)> agents, IReadOnlyList<TicketSnapshotRecord> open, Instant now)
    {
        var byId = agents.ToDictionary(a => a.Agent.AgentId, StringComparer.Ordinal);
        var load = agents.ToDictionary(a => a.Agent.AgentId, _ => 0, StringComparer.Ordinal);
        var channelLoad = agents.ToDictionary(a => a.Agent.AgentId, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
        var held = agents.ToDictionary(a => a.Agent.AgentId, _ => new List<TicketSnapshotRecord>(), StringComparer.Ordinal);
        foreach (var ticket in open.OrderBy(t => t.DueSortKey).ThenBy(t => t.TicketId, StringComparer.Ordinal))
        {
            if (ticket.Assignee is { } assignee && byId.ContainsKey(assignee))
            {
                load[assignee]++;
                var channel = ticket.Channel ?? "email";
                channelLoad[assignee][channel] = channelLoad[assignee].GetValueOrDefault(channel) + 1;
                held[assignee].Add(ticket);
            }
        }

        var skills = agents.ToDictionary(a => a.Agent.AgentId, a => AgentMapper.Skills(a.Agent).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var knownSkills = skills.Values.SelectMany(s => s).ToHashSet(StringComparer.Ordinal);
        var limits = agents.ToDictionary(
            a => a.Agent.AgentId,
            a => AgentMapper.ChannelCapacity(a.Agent).ToDictionary(p => Domain.Vocabulary.Wire(p.Key), p => p.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);
        var urgentBefore = (now + AbsentUrgency).ToUnixTimeTicks();

        bool IsAbsent((AgentRecord Agent, bool OnShift) a) => a.Agent.Status != "online" || !a.OnShift;
        double Utilization(string id) => byId[id].Agent.Capacity > 0 ? (double)load[id] / byId[id].Agent.Capacity : load[id] > 0 ? double.PositiveInfinity : 0;
        IEnumerable<TicketSnapshotRecord> Movable(string id) => held[id].Where(t =>
            t.Status is "new" or "open"
            && (!IsAbsent(byId[id]) || t.DueSortKey <= urgentBefore));

        var suggestions = new List<RebalanceSuggestion>();
        while (suggestions.Count < MaxSuggestions)
        {
            var sources = agents
                .Where(a => (IsAbsent(a) || Utilization(a.Agent.AgentId) > HighWatermark) && Movable(a.Agent.AgentId).Any())
                .OrderBy(a => IsAbsent(a) ? 0 : 1)
                .ThenByDescending(a => Utilization(a.Agent.AgentId))
                .ThenBy(a => a.Agent.AgentId, StringComparer.Ordinal)
                .ToList();
            RebalanceSuggestion? move = null;
            foreach (var (source, _) in sources)
            {
                foreach (var ticket in Movable(source.AgentId))
                {
                    var channel = ticket.Channel ?? "email";
                    var needs = ticket.Queue is { } queue && knownSkills.Contains(queue) ? queue : null;
                    var receiver = agents
                        .Where(a => !IsAbsent(a) && a.Agent.AgentId != source.AgentId && a.Agent.Capacity > 0)
                        .Where(a => (double)(load[a.Agent.AgentId] + 1) / a.Agent.Capacity <= TargetUtilization)
                        .Where(a => !limits[a.Agent.AgentId].TryGetValue(channel, out var limit) || channelLoad[a.Agent.AgentId].GetValueOrDefault(channel) + 1 <= limit)
                        .Where(a => needs is null || skills[a.Agent.AgentId].Contains(needs))
                        .OrderBy(a => a.Agent.Team == source.Team ? 0 : 1)
                        .ThenBy(a => (double)(load[a.Agent.AgentId] + 1) / a.Agent.Capacity)
                        .ThenBy(a => a.Agent.AgentId, StringComparer.Ordinal)
                        .Select(a => a.Agent)
                        .FirstOrDefault();
                    if (receiver is null)
                    {
                        continue;
                    }

                    var why = IsAbsent(byId[source.AgentId])
                        ? $"{source.AgentId} is {(source.Status != "online" ? source.Status : "off shift")} and {ticket.TicketId} is due {DueText(ticket)}"
                        : $"{source.AgentId} holds {load[source.AgentId]} open tickets for a capacity of {source.Capacity} ({Percent(Utilization(source.AgentId))})";
                    move = new RebalanceSuggestion(
                        ticket.TicketId,
                        source.AgentId,
                        receiver.AgentId,
                        ticket.Channel,
                        ticket.DueSortKey == TicketSnapshotRecord.NoDue ? null : InstantPattern.ExtendedIso.Format(Instant.FromUnixTimeTicks(ticket.DueSortKey)),
                        string.Create(CultureInfo.InvariantCulture, $"{why}; {receiver.AgentId} ({receiver.Team}) is online, on shift and at {load[receiver.AgentId]}/{receiver.Capacity}, {load[receiver.AgentId] + 1}/{receiver.Capacity} after the move{(needs is null ? string.Empty : $", and has the {needs} skill")}."));
                    load[source.AgentId]--;
                    load[receiver.AgentId]++;
                    channelLoad[source.AgentId][channel]--;
                    channelLoad[receiver.AgentId][channel] = channelLoad[receiver.AgentId].GetValueOrDefault(channel) + 1;
                    held[source.AgentId].Remove(ticket);
                    break;
                }

                if (move is not null)
                {
                    break;
                }
            }

            if (move is null)
            {
                break;
            }

            suggestions.Add(move);
        }

        return suggestions;
    }

    private static string DueText(TicketSnapshotRecord ticket) =>
        $"{ticket.SlaTimerKind ?? "sla"} at {InstantPattern.ExtendedIso.Format(Instant.FromUnixTimeTicks(ticket.DueSortKey))}";

    private static string Percent(double ratio) => double.IsInfinity(ratio) ? "no capacity" : string.Create(CultureInfo.InvariantCulture, $"{ratio * 100:0}%");
}
