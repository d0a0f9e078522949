using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Rollups;

namespace SupportOps.CommandCenter.Reports;

/// <summary>
/// Computes the dashboards from the daily rollups (and backlog aging from the ticket snapshots), and
/// lists the tickets behind any point from the rollup facts.
/// </summary>
/// <remarks><para>Scoped, over the request's context.</para></remarks>
/// <param name="db">The context.</param>
/// <param name="reader">Reads the rollups.</param>
/// <param name="reports">Builds the executive report.</param>
/// <param name="calendar">The reporting calendar.</param>
/// <param name="clock">The clock (backlog ages).</param>
internal sealed class DashboardService(CommandCenterDbContext db, RollupReader reader, ExecutiveReportBuilder reports, ReportingCalendar calendar, IClock clock)
{
    /// <summary>The drilldown metric of backlog aging buckets (from the snapshots, at the current instant).</summary>
    public const string BacklogAgeMetric = "backlog_age";

    /// <summary>The drilldown path.</summary>
    public const string DrilldownPath = "/api/v1/dashboards/drilldown";

    private static readonly string[] OpenStatuses = ["new", "open", "pending_customer", "on_hold"];

    /// <summary>Gets the age buckets: name, lower bound (inclusive), upper bound (exclusive).</summary>
    public static IReadOnlyList<(string Name, Duration From, Duration? To)> AgeBuckets { get; } =
    [
        ("under_4h", Duration.Zero, Duration.FromHours(4)),
        ("4h_to_24h", Duration.FromHours(4), Duration.FromHours(24)),
        ("1d_to_3d", Duration.FromDays(1), Duration.FromDays(3)),
        ("3d_to_7d", Duration.FromDays(3), Duration.FromDays(7)),
        ("over_7d", Duration.FromDays(7), null),
    ];

    /// <summary>Builds the operations dashboard.</summary>
    public async Task<OperationsDashboard> OperationsAsync(ReportPeriod period, RollupFilter filter, CancellationToken cancellationToken)
    {
        var from = ReportingCalendar.ToDayNumber(period.From);
        var to = ReportingCalendar.ToDayNumber(period.To);
        var series = await SeriesAsync(from, to, filter, cancellationToken).ConfigureAwait(false);
        var totals = series.Totals;
        var perQueue = await reader.PerQueueAsync(from, to, filter, cancellationToken).ConfigureAwait(false);
        var backlog = await reader.BacklogPerQueueAsync(to, filter, cancellationToken).ConfigureAwait(false);
        var queues = perQueue.Keys.Union(backlog.Where(b => b.Value != 0).Select(b => b.Key), StringComparer.Ordinal)
            .Select(queue =>
            {
                var t = perQueue.GetValueOrDefault(queue) ?? RollupTotals.Zero;
                var queueFilter = filter with { Queue = queue };
                return new DashboardQueuePoint(queue, t.Created, t.Solved, t.Escalated, t.EscalationRate, t.SlaBreached, t.SlaAttainment, backlog.GetValueOrDefault(queue), new Dictionary<string, string>
                {
                    [RollupMetrics.Created] = Href(RollupMetrics.Created, period.Label, queueFilter),
                    [RollupMetrics.Solved] = Href(RollupMetrics.Solved, period.Label, queueFilter),
                    [RollupMetrics.Escalated] = Href(RollupMetrics.Escalated, period.Label, queueFilter),
                    [RollupMetrics.SlaBreached] = Href(RollupMetrics.SlaBreached, period.Label, queueFilter),
                    [RollupMetrics.Backlog] = Href(RollupMetrics.Backlog, period.Label, queueFilter),
                });
            })
            .OrderBy(q => q.SlaAttainment ?? double.MaxValue)
            .ThenByDescending(q => q.SlaBreached)
            .ThenBy(q => q.Queue, StringComparer.Ordinal)
            .ToList();
        var aging = await AgingAsync(period, filter, cancellationToken).ConfigureAwait(false);
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        AddIf(applied, "queue", filter.Queue);
        AddIf(applied, "channel", filter.Channel);
        AddIf(applied, "priority", filter.Priority);
        AddIf(applied, "agent", filter.Agent);
        return new OperationsDashboard(
            period.Label,
            LocalDatePattern.Iso.Format(period.From),
            LocalDatePattern.Iso.Format(period.To),
            calendar.Zone.Id,
            applied,
            series.Points,
            Timers(totals, period.Label, filter),
            queues,
            aging);
    }

    /// <summary>Builds the executive dashboard.</summary>
    public async Task<ExecutiveDashboard> ExecutiveAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var report = await reports.BuildAsync(period, cancellationToken).ConfigureAwait(false);
        var series = await SeriesAsync(ReportingCalendar.ToDayNumber(period.From), ReportingCalendar.ToDayNumber(period.To), RollupFilter.None, cancellationToken).ConfigureAwait(false);
        return new ExecutiveDashboard(report.Period, report.From, report.To, report.Figures, report.Narrative, series.Points, Timers(series.Totals, period.Label, RollupFilter.None));
    }

    /// <summary>Lists the tickets behind a point.</summary>
    public async Task<DrilldownPage> DrilldownAsync(DrilldownQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var from = ReportingCalendar.ToDayNumber(query.Period.From);
        var to = ReportingCalendar.ToDayNumber(query.Period.To);
        IQueryable<string> ids;
        if (query.Metric == BacklogAgeMetric)
        {
            ids = AgeQuery(query.Filter, query.Bucket!).Select(t => t.TicketId);
        }
        else if (query.Metric == RollupMetrics.Backlog)
        {
            ids = query.Filter.Apply(db.RollupFacts.AsNoTracking())
                .Where(f => f.Metric == RollupMetrics.Backlog && f.Day <= to)
                .GroupBy(f => f.TicketId)
                .Where(g => g.Sum(f => f.Count) > 0)
                .Select(g => g.Key);
        }
        else
        {
            var facts = query.Filter.Apply(db.RollupFacts.AsNoTracking()).Where(f => f.Metric == query.Metric && f.Day >= from && f.Day <= to);
            if (query.Timer is { } timer)
            {
                facts = facts.Where(f => f.Timer == timer);
            }

            ids = facts.Select(f => f.TicketId).Distinct();
        }

        if (query.After is { } after)
        {
            ids = ids.Where(id => id.CompareTo(after) > 0);
        }

        var page = await ids.OrderBy(id => id).Take(query.Limit + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        string? next = null;
        if (page.Count > query.Limit)
        {
            page.RemoveAt(query.Limit);
            next = page[^1];
        }

        return new DrilldownPage(query.Metric, LocalDatePattern.Iso.Format(query.Period.From), LocalDatePattern.Iso.Format(query.Period.To), page, next);
    }

    /// <summary>Builds a drilldown URL.</summary>
    internal static string Href(string metric, string period, RollupFilter filter, string? extra = null)
        => $"{DrilldownPath}?metric={metric}&period={Uri.EscapeDataString(period)}{filter.ToQuery()}{extra}";

    private async Task<(List<DashboardDayPoint> Points, RollupTotals Totals)> SeriesAsync(int from, int to, RollupFilter filter, CancellationToken cancellationToken)
    {
        var days = await reader.SeriesAsync(from, to, filter, cancellationToken).ConfigureAwait(false);
        var totals = RollupTotals.Zero;
        var points = new List<DashboardDayPoint>(days.Count);
        foreach (var (day, t, backlog) in days)
        {
            totals = totals.Plus(t);
            var label = ExecutiveReportBuilder.Date(day);
            var drill = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var metric in RollupMetrics.All)
            {
                drill[metric] = Href(metric, label, filter);
            }

            points.Add(new DashboardDayPoint(label, t.Created, t.Solved, t.Reopened, t.Escalated, Round(t.EscalationRate), t.FirstReplies, Round(t.MeanFirstReplyHours), Round(t.MeanResolutionHours), t.SlaMet, t.SlaBreached, Round(t.SlaAttainment), backlog, drill));
        }

        return (points, totals);
    }

    private static List<DashboardTimerPoint> Timers(RollupTotals totals, string period, RollupFilter filter)
        => [.. RollupTimers.All.Select(timer => new DashboardTimerPoint(
            timer,
            totals.Timer(timer).Met,
            totals.Timer(timer).Breached,
            Round(totals.TimerAttainment(timer)),
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [RollupMetrics.SlaMet] = Href(RollupMetrics.SlaMet, period, filter, $"&timer={timer}"),
                [RollupMetrics.SlaBreached] = Href(RollupMetrics.SlaBreached, period, filter, $"&timer={timer}"),
            }))];

    private async Task<List<DashboardAgingPoint>> AgingAsync(ReportPeriod period, RollupFilter filter, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var created = await SnapshotQuery(filter).Select(t => t.CreatedAtTicks).ToListAsync(cancellationToken).ConfigureAwait(false);
        var counts = new int[AgeBuckets.Count];
        foreach (var ticks in created)
        {
            var age = now - Instant.FromUnixTimeTicks(ticks);
            for (var i = 0; i < AgeBuckets.Count; i++)
            {
                if ((age >= AgeBuckets[i].From && (AgeBuckets[i].To is not { } upper || age < upper)) || (i == 0 && age < Duration.Zero))
                {
                    counts[i]++;
                    break;
                }
            }
        }

        return [.. AgeBuckets.Select((b, i) => new DashboardAgingPoint(b.Name, counts[i], Href(BacklogAgeMetric, period.Label, filter, $"&bucket={b.Name}")))];
    }

    private IQueryable<TicketSnapshotRecord> AgeQuery(RollupFilter filter, string bucket)
    {
        var now = clock.GetCurrentInstant();
        var (_, lower, upper) = AgeBuckets.Single(b => b.Name == bucket);

        // Age in [lower, upper) ⇔ created in (now − upper, now − lower]; the youngest bucket also takes tickets created after now.
        var newest = (now - lower).ToUnixTimeTicks();
        var query = SnapshotQuery(filter);
        if (lower != Duration.Zero)
        {
            query = query.Where(t => t.CreatedAtTicks <= newest);
        }

        if (upper is { } u)
        {
            var oldest = (now - u).ToUnixTimeTicks();
            query = query.Where(t => t.CreatedAtTicks > oldest);
        }

        return query;
    }

    private IQueryable<TicketSnapshotRecord> SnapshotQuery(RollupFilter filter)
    {
        var query = db.TicketSnapshots.AsNoTracking().Where(t => OpenStatuses.Contains(t.Status) && t.CreatedAtTicks != 0);
        if (filter.Queue is { } queue)
        {
            query = queue.Length == 0 ? query.Where(t => t.Queue == null) : query.Where(t => t.Queue == queue);
        }

        if (filter.Channel is { } channel)
        {
            query = channel.Length == 0 ? query.Where(t => t.Channel == null) : query.Where(t => t.Channel == channel);
        }

        if (filter.Priority is { } priority)
        {
            query = query.Where(t => t.Priority == priority);
        }

        if (filter.Agent is { } agent)
        {
            query = agent.Length == 0 ? query.Where(t => t.Assignee == null) : query.Where(t => t.Assignee == agent);
        }

        return query;
    }

    private static void AddIf(Dictionary<string, string> map, string key, string? value)
    {
        if (value is not null)
        {
            map[key] = value;
        }
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;
}
