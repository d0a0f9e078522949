using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using SupportOps.Analytics;
using SupportOps.Analytics.Inputs;
using SupportOps.CommandCenter.Agents;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Rollups;
using SupportOps.CommandCenter.Settings;
using SupportOps.EventTimeline.Serialization;

namespace SupportOps.CommandCenter.Workload;

/// <summary>
/// Builds the workload view from the agents table, the ticket snapshots, the daily rollups (SLA
/// attainment) and, for occupancy only, the timelines of the tickets that are open or changed in the
/// period (through SupportOps.Analytics).
/// </summary>
/// <remarks>
/// <para>Open counts, utilization and ticket age are from the snapshots now. Occupancy is
/// SupportOps.Analytics' (business time of the period calendar with a new or open ticket assigned),
/// from the events that decide it alone (<c>ticket_created</c>, <c>status_changed</c>,
/// <c>assignee_changed</c>; no SLA evaluation). SLA attainment is read from the daily rollups: the
/// cycles met and breached on the local days the period touches, counted for the ticket's assignee at
/// the fulfilment or breach (so for the agent who held it then), and for a team the sum over its
/// members.</para>
/// <para>Scoped. Not thread-safe.</para>
/// </remarks>
internal sealed class WorkloadCalculator(
    CommandCenterDbContext db,
    CapacitySnapshotFactory capacity,
    RollupReader rollups,
    ReportingCalendar reportingCalendar,
    ActiveSettings settings,
    IClock clock,
    int idsPerQuery = WorkloadCalculator.IdsPerQuery)
{
    /// <summary>The event types occupancy depends on (creation, status and assignee); messages and the rest are not read.</summary>
    private static readonly string[] OccupancyEventTypes = ["ticket_created", "status_changed", "assignee_changed"];

    /// <summary>How many ticket ids one events query binds, unless the constructor is given another number (tests do).</summary>
    internal const int IdsPerQuery = 1_000;

    /// <summary>Builds the report for the period <c>[now − days, now)</c>.</summary>
    public async Task<WorkloadReport> BuildAsync(int days, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var start = now - Duration.FromDays(days);
        var period = new AnalyticsPeriod(start, now, settings.Current.CalendarSet.Default);
        var agents = await capacity.LoadAgentsAsync(cancellationToken).ConfigureAwait(false);
        var startTicks = start.ToUnixTimeTicks();
        var rows = await db.TicketSnapshots.AsNoTracking()
            .Where(t => (t.Status != "solved" && t.Status != "closed") || t.UpdatedAtTicks >= startTicks)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // In chunks: each id is one SQL parameter, and SQLite refuses a statement with more than 32,766 of them
        // (a 100,000-ticket database has ~30,000 open tickets plus those updated in the window).
        var occupancyEvents = new List<(string TicketId, long Version, string Payload)>();
        foreach (var ids in rows.Select(r => r.TicketId).Chunk(idsPerQuery))
        {
            var chunk = await db.Events.AsNoTracking()
                .Where(e => ids.Contains(e.TicketId) && OccupancyEventTypes.Contains(e.EventType))
                .Select(e => new { e.TicketId, e.Version, e.Payload })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            occupancyEvents.AddRange(chunk.Select(e => (e.TicketId, e.Version, e.Payload)));
        }

        var streams = occupancyEvents
            .GroupBy(e => e.TicketId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Version).Select(e => TimelineJson.Deserialize(e.Payload)).ToList(), StringComparer.Ordinal);
        var histories = streams.Values.Select(events => new TicketHistory(events));
        var capacities = agents.Select(a => new AgentCapacity(a.AgentId, a.Capacity, AgentMapper.ChannelCapacity(a)));
        var metrics = SupportAnalytics.Compute(histories, period, now, capacities);
        var workload = metrics.Workload.ToDictionary(w => w.AgentId, StringComparer.Ordinal);
        var open = rows.Where(r => r.Status is not ("solved" or "closed")).ToList();
        var perAssignee = await rollups.PerAssigneeAsync(reportingCalendar.DayOf(start), reportingCalendar.DayOf(now), RollupFilter.None, cancellationToken).ConfigureAwait(false);

        SlaAttainmentView Attainment(IEnumerable<string> assignees)
        {
            var (met, breached) = (0, 0);
            foreach (var assignee in assignees)
            {
                if (perAssignee.TryGetValue(assignee, out var totals))
                {
                    (met, breached) = (met + totals.SlaMet, breached + totals.SlaBreached);
                }
            }

            return new SlaAttainmentView(met, breached, met + breached == 0 ? null : 100.0 * met / (met + breached));
        }

        var onShift = agents.Select(a => (Agent: a, OnShift: AgentMapper.Shift(a).Contains(now.InZone(AgentMapper.Zone(a)).LocalDateTime))).ToList();
        var agentViews = onShift.Select(pair =>
        {
            var a = pair.Agent;
            var mine = open.Where(t => t.Assignee == a.AgentId).ToList();
            var byChannel = mine.GroupBy(t => t.Channel ?? "email", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var limits = AgentMapper.ChannelCapacity(a).ToDictionary(p => Vocabulary.Wire(p.Key), p => p.Value, StringComparer.Ordinal);
            return new AgentWorkloadView(
                a.AgentId,
                a.DisplayName,
                a.Team,
                a.IsTeamLead,
                a.Status,
                pair.OnShift,
                a.Capacity,
                mine.Count,
                mine.Count(t => t.Status == "pending_customer"),
                new SortedDictionary<string, int>(byChannel, StringComparer.Ordinal),
                new SortedDictionary<string, int>(limits, StringComparer.Ordinal),
                a.Capacity > 0 ? (double)mine.Count / a.Capacity : null,
                new SortedDictionary<string, double>(limits.Where(l => l.Value > 0).ToDictionary(l => l.Key, l => (double)byChannel.GetValueOrDefault(l.Key) / l.Value, StringComparer.Ordinal), StringComparer.Ordinal),
                workload.TryGetValue(a.AgentId, out var w) ? w.Occupancy : null,
                Age(mine, now),
                Attainment([a.AgentId]));
        }).ToList();

        var teams = agents.GroupBy(a => a.Team, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var members = g.Select(a => a.AgentId).ToHashSet(StringComparer.Ordinal);
            var teamOpen = open.Where(t => t.Assignee is { } x && members.Contains(x)).ToList();
            var cap = g.Sum(a => a.Capacity);
            return new TeamWorkloadView(
                g.Key,
                [.. g.Where(a => a.IsTeamLead).Select(a => a.AgentId)],
                members.Count,
                cap,
                teamOpen.Count,
                cap > 0 ? (double)teamOpen.Count / cap : null,
                Age(teamOpen, now),
                Attainment(members));
        }).ToList();

        return new WorkloadReport(
            InstantPattern.ExtendedIso.Format(now),
            InstantPattern.ExtendedIso.Format(start),
            agentViews,
            teams,
            Rebalancer.Suggest(onShift, open, now));
    }

    /// <summary>The age of a set of open tickets at an instant (nearest-rank median).</summary>
    internal static TicketAgeView Age(IReadOnlyList<TicketSnapshotRecord> tickets, Instant now)
    {
        var aged = tickets.Where(t => t.CreatedAtTicks > 0)
            .Select(t => (t.TicketId, Hours: (now - Instant.FromUnixTimeTicks(t.CreatedAtTicks)).TotalHours))
            .OrderByDescending(t => t.Hours).ThenBy(t => t.TicketId, StringComparer.Ordinal)
            .ToList();
        if (aged.Count == 0)
        {
            return new TicketAgeView(tickets.Count, null, null, null);
        }

        var ascending = aged.Select(a => a.Hours).Order().ToList();
        var median = ascending[(int)Math.Ceiling(0.5 * ascending.Count) - 1];
        return new TicketAgeView(tickets.Count, Math.Round(aged[0].Hours, 2), Math.Round(median, 2), aged[0].TicketId);
    }
}
