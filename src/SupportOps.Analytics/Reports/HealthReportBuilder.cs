using System.Collections.Immutable;
using SupportOps.Analytics.Internal;
using SupportOps.Analytics.Kpis;
using SupportOps.Analytics.Metrics;
using SlaTimerKind = SupportOps.SlaEngine.Timers.SlaTimerKind;

namespace SupportOps.Analytics.Reports;

/// <summary>Builds the executive health report from two periods' figures, deterministically.</summary>
/// <remarks>
/// <para>The same figures and options always give the same report, word for word: risks are ordered by score,
/// then by subject; the narrative is made from fixed templates filled with the figures, and each sentence
/// carries the ids of the figures it cites. This type is thread-safe.</para>
/// </remarks>
public static class HealthReportBuilder
{
    /// <summary>Gets the ids of the headline KPIs, in order.</summary>
    public static ImmutableArray<string> HeadlineIds { get; } =
    [
        KpiIds.TicketsCreated,
        KpiIds.BacklogOpen,
        KpiIds.FirstReplyP50Business,
        KpiIds.ResolutionP50Business,
        KpiIds.SlaFirstResponse,
        KpiIds.SlaResolution,
        KpiIds.ReopenRate,
        KpiIds.OneTouchRate,
        KpiIds.Csat,
    ];

    private static readonly (SlaTimerKind Timer, string Id, string Name)[] Timers =
    [
        (SlaTimerKind.FirstResponse, KpiIds.SlaFirstResponse, "first response"),
        (SlaTimerKind.NextResponse, KpiIds.SlaNextResponse, "next response"),
        (SlaTimerKind.PeriodicUpdate, KpiIds.SlaPeriodicUpdate, "periodic update"),
        (SlaTimerKind.Resolution, KpiIds.SlaResolution, "resolution"),
    ];

    /// <summary>Builds the report.</summary>
    /// <param name="figures">The reported and the previous period's figures; must not be null.</param>
    /// <param name="options">The thresholds, or null for the defaults.</param>
    /// <param name="title">The title, or null for "Support health report".</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static HealthReport Build(PeriodComparison figures, AnalyticsOptions? options = null, string? title = null)
    {
        Guard.NotNull(figures);
        options ??= new AnalyticsOptions();
        var kpis = KpiCatalog.Deltas(figures, options);
        var byId = kpis.ToDictionary(k => k.Kpi.Id, StringComparer.Ordinal);
        var headline = HeadlineIds.Select(id => byId[id]).Where(k => k.Current is not null || k.Previous is not null).ToImmutableArray();
        var notable = kpis.Where(k => k.Flagged).ToImmutableArray();
        var risks = Risks(figures, options);
        var narrative = Narrative(figures, byId, notable, risks);
        return new HealthReport(title ?? "Support health report", figures, kpis, headline, risks, notable, narrative);
    }

    private static ImmutableArray<HealthRisk> Risks(PeriodComparison figures, AnalyticsOptions options)
    {
        var risks = ImmutableArray.CreateBuilder<HealthRisk>();
        var current = figures.Current;
        var previous = figures.Previous;

        // Queues: all timers together, current against previous.
        var queueRisks = new List<HealthRisk>();
        foreach (var (queue, now) in QueueTotals(current))
        {
            var before = QueueTotals(previous).GetValueOrDefault(queue);
            var attainment = Attainment(now.Met, now.Breached);
            var attainmentBefore = Attainment(before.Met, before.Breached);
            var belowTarget = attainment is { } a && a < options.AttainmentTargetPercent;
            var breachesGrew = now.Breached > before.Breached;
            if (now.Breached > 0 && (belowTarget || breachesGrew))
            {
                var id = $"sla.attainment[queue={queue}]";
                queueRisks.Add(new HealthRisk(
                    HealthRiskKind.QueueTrendingToBreach,
                    queue,
                    $"{now.Breached} SLA breaches (previous period {before.Breached}), attainment {Pct(attainment)} (previous {Pct(attainmentBefore)}), {now.Running} cycles still running",
                    now.Breached,
                    [id]));
            }
        }

        risks.AddRange(Top(queueRisks, options.TopRisks));

        var timerRisks = new List<HealthRisk>();
        foreach (var (timer, id, name) in Timers)
        {
            if (current.Attainment(timer)?.AttainmentPercent is { } attainment && attainment < options.AttainmentTargetPercent)
            {
                var before = previous.Attainment(timer)?.AttainmentPercent;
                timerRisks.Add(new HealthRisk(
                    HealthRiskKind.TimerBelowTarget,
                    name,
                    $"attainment {Pct(attainment)} against a target of {Pct(options.AttainmentTargetPercent)} (previous period {Pct(before)})",
                    options.AttainmentTargetPercent - attainment,
                    [id]));
            }
        }

        risks.AddRange(Top(timerRisks, options.TopRisks));

        var agentRisks = current.Workload
            .Where(w => w.Utilization >= options.OverloadUtilization)
            .Select(w => new HealthRisk(
                HealthRiskKind.OverloadedAgent,
                w.AgentId,
                $"{w.OpenAssigned} open tickets against a capacity of {w.Capacity} (utilization {Fmt.Number(w.Utilization!.Value * 100, "0")} %)",
                w.Utilization!.Value,
                [$"workload.utilization[agent={w.AgentId}]", KpiIds.OverloadedAgents]))
            .ToList();
        risks.AddRange(Top(agentRisks, options.TopRisks));
        return risks.ToImmutable();
    }

    private static IEnumerable<HealthRisk> Top(List<HealthRisk> risks, int count) =>
        risks.OrderByDescending(r => r.Score).ThenBy(r => r.Subject, StringComparer.Ordinal).Take(count);

    private static SortedDictionary<string, (int Met, int Breached, int Running)> QueueTotals(PeriodMetrics metrics)
    {
        var totals = new SortedDictionary<string, (int Met, int Breached, int Running)>(StringComparer.Ordinal);
        foreach (var row in metrics.SlaAttainment)
        {
            if (row.Dimension == AnalyticsDimension.Queue)
            {
                var t = totals.GetValueOrDefault(row.Key);
                totals[row.Key] = (t.Met + row.Met, t.Breached + row.Breached, t.Running + row.Running);
            }
        }

        return totals;
    }

    private static double? Attainment(int met, int breached) => met + breached == 0 ? null : 100.0 * met / (met + breached);

    private static string Pct(double? value) => value is { } v ? Fmt.Number(v, "0.0") + " %" : "n/a";

    private static ImmutableArray<NarrativeSentence> Narrative(
        PeriodComparison figures,
        Dictionary<string, KpiDelta> kpis,
        ImmutableArray<KpiDelta> notable,
        ImmutableArray<HealthRisk> risks)
    {
        var sentences = ImmutableArray.CreateBuilder<NarrativeSentence>();
        var created = kpis[KpiIds.TicketsCreated];
        sentences.Add(new(
            $"{V(created)} tickets were created, {Versus(created)}.",
            [KpiIds.TicketsCreated]));

        var open = kpis[KpiIds.BacklogOpen];
        var growth = figures.Current.Backlog.Growth;
        var old = kpis[KpiIds.BacklogOver7Days];
        sentences.Add(new(
            $"The backlog {(growth > 0 ? $"grew by {growth}" : growth < 0 ? $"shrank by {-growth}" : "held steady")} to {V(open)} open tickets, {V(old)} of them older than 7 days.",
            [KpiIds.BacklogOpen, KpiIds.BacklogGrowth, KpiIds.BacklogOver7Days]));

        var frt50 = kpis[KpiIds.FirstReplyP50Business];
        var frt90 = kpis[KpiIds.FirstReplyP90Business];
        if (frt50.Current is not null)
        {
            sentences.Add(new(
                $"Half of the first replies came within {V(frt50)} of business time and 90 % within {V(frt90)}; the median {Moved(frt50)}.",
                [KpiIds.FirstReplyP50Business, KpiIds.FirstReplyP90Business]));
        }

        var res50 = kpis[KpiIds.ResolutionP50Business];
        if (res50.Current is not null)
        {
            sentences.Add(new(
                $"{figures.Current.TicketsResolved} tickets were fully resolved with a median of {V(res50)} of business time, which {Moved(res50)}.",
                [KpiIds.ResolutionP50Business, KpiIds.Solves]));
        }

        foreach (var (_, id, name) in Timers)
        {
            var attainment = kpis[id];
            if (attainment.Current is not null)
            {
                sentences.Add(new($"The {name} SLA was met for {V(attainment)} of decided cycles, {Versus(attainment)}.", [id]));
            }
        }

        var reopen = kpis[KpiIds.ReopenRate];
        var oneTouch = kpis[KpiIds.OneTouchRate];
        if (reopen.Current is not null || oneTouch.Current is not null)
        {
            sentences.Add(new(
                $"The reopen rate was {V(reopen)} and the one-touch resolution rate {V(oneTouch)}.",
                [KpiIds.ReopenRate, KpiIds.OneTouchRate]));
        }

        var csat = kpis[KpiIds.Csat];
        if (csat.Current is not null)
        {
            sentences.Add(new($"Customer satisfaction was {V(csat)}, {Versus(csat)}.", [KpiIds.Csat]));
        }

        if (!notable.IsEmpty)
        {
            sentences.Add(new(
                $"{notable.Length} KPIs moved beyond their thresholds: {string.Join(", ", notable.Select(k => $"{k.Kpi.Name} ({Fmt.Change(k)})"))}.",
                [.. notable.Select(k => k.Kpi.Id)]));
        }

        if (!risks.IsEmpty)
        {
            var worst = risks[0];
            sentences.Add(new(
                $"{risks.Length} risks need attention; first among them, {worst.Subject}: {worst.Detail}.",
                worst.FigureIds));
        }

        return sentences.ToImmutable();
    }

    private static string V(KpiDelta delta) => Fmt.Value(delta.Current, delta.Kpi.Unit);

    private static string Versus(KpiDelta delta) => delta.Previous is null
        ? "with no figure for the previous period"
        : delta.Change == 0
            ? $"the same as in the previous period"
            : $"against {Fmt.Value(delta.Previous, delta.Kpi.Unit)} in the previous period ({Fmt.Change(delta)})";

    private static string Moved(KpiDelta delta) => delta.Trend switch
    {
        KpiTrend.Improved => $"improved by {Fmt.Change(delta).TrimStart('+', '-')} from {Fmt.Value(delta.Previous, delta.Kpi.Unit)}",
        KpiTrend.Worsened => $"worsened by {Fmt.Change(delta).TrimStart('+', '-')} from {Fmt.Value(delta.Previous, delta.Kpi.Unit)}",
        KpiTrend.Unchanged => "did not change",
        _ => "has no previous figure to compare with",
    };
}
