using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SupportOps.Analytics;
using SupportOps.Analytics.Kpis;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Rollups;

namespace SupportOps.CommandCenter.Reports;

/// <summary>
/// Computes the <see cref="ExecutiveReport"/> of a period from the daily rollups (a handful of grouped
/// sums over rollup rows, never over events) and writes its narrative.
/// </summary>
/// <remarks>
/// <para>Figures reuse SupportOps.Analytics' KPI ids, names and directions where the definition is the
/// same (<c>volume.created</c>, <c>solves</c>, <c>backlog.open</c>, <c>backlog.growth</c>,
/// <c>rate.reopen</c>, <c>sla.*.attainment</c>, <c>sla.breaches</c>) and its <see cref="KpiDelta"/> for
/// change and trend. Analytics' <c>HealthReport</c> itself is built from full ticket histories (its
/// figures have no public constructor), so it cannot be fed from rollups; times here are means of the
/// rollups' duration sums (calendar hours) rather than its nearest-rank percentiles, and escalations
/// are per 100 created tickets. A change is flagged with Analytics' default thresholds: 5 percentage
/// points for percents, 20 % of the previous value otherwise.</para>
/// <para>The same rollups and clock give the same report, word for word.</para>
/// </remarks>
/// <param name="reader">Reads the rollups.</param>
/// <param name="calendar">The reporting calendar.</param>
/// <param name="clock">Stamps the report.</param>
internal sealed class ExecutiveReportBuilder(RollupReader reader, ReportingCalendar calendar, IClock clock)
{
    /// <summary>The SLA attainment target the narrative and risks compare against, in percent.</summary>
    public const double AttainmentTarget = 90;

    private static readonly KpiDefinition SlaOverall = new("sla.attainment", "SLA attainment (all timers)", KpiUnit.Percent, KpiDirection.HigherIsBetter);
    private static readonly KpiDefinition Escalations = new("escalations", "Escalations", KpiUnit.Count, KpiDirection.LowerIsBetter);
    private static readonly KpiDefinition EscalationRate = new("rate.escalation_per_created", "Escalations per 100 created tickets", KpiUnit.Percent, KpiDirection.LowerIsBetter);
    private static readonly KpiDefinition FirstReplyMean = new("first_reply.mean_calendar_hours", "First reply time (mean, calendar)", KpiUnit.Hours, KpiDirection.LowerIsBetter);
    private static readonly KpiDefinition ResolutionMean = new("resolution.mean_calendar_hours", "Resolution time (mean, calendar)", KpiUnit.Hours, KpiDirection.LowerIsBetter);
    private static readonly AnalyticsOptions Thresholds = new();

    /// <summary>Builds the report of a period.</summary>
    /// <param name="period">The period.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The report.</returns>
    public async Task<ExecutiveReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var previous = period.Previous;
        var from = ReportingCalendar.ToDayNumber(period.From);
        var to = ReportingCalendar.ToDayNumber(period.To);
        var series = await reader.SeriesAsync(ReportingCalendar.ToDayNumber(previous.From), to, RollupFilter.None, cancellationToken).ConfigureAwait(false);
        var previousDays = series.Where(s => s.Day < from).ToList();
        var currentDays = series.Where(s => s.Day >= from).ToList();
        var current = currentDays.Aggregate(RollupTotals.Zero, (sum, s) => sum.Plus(s.Totals));
        var before = previousDays.Aggregate(RollupTotals.Zero, (sum, s) => sum.Plus(s.Totals));
        var backlogEnd = currentDays[^1].Backlog;
        var backlogStart = previousDays[^1].Backlog;
        var backlogPreviousStart = backlogStart - before.BacklogChange;

        var figures = new List<KpiDelta>
        {
            Delta(KpiCatalog.Get(KpiIds.TicketsCreated), current.Created, before.Created),
            Delta(KpiCatalog.Get(KpiIds.Solves), current.Solved, before.Solved),
            Delta(KpiCatalog.Get(KpiIds.BacklogOpen), backlogEnd, backlogStart),
            Delta(KpiCatalog.Get(KpiIds.BacklogGrowth), backlogEnd - backlogStart, backlogStart - backlogPreviousStart),
            Delta(SlaOverall, current.SlaAttainment, before.SlaAttainment),
            Delta(KpiCatalog.Get(KpiIds.SlaFirstResponse), current.TimerAttainment(RollupTimers.FirstResponse), before.TimerAttainment(RollupTimers.FirstResponse)),
            Delta(KpiCatalog.Get(KpiIds.SlaNextResponse), current.TimerAttainment(RollupTimers.NextResponse), before.TimerAttainment(RollupTimers.NextResponse)),
            Delta(KpiCatalog.Get(KpiIds.SlaPeriodicUpdate), current.TimerAttainment(RollupTimers.PeriodicUpdate), before.TimerAttainment(RollupTimers.PeriodicUpdate)),
            Delta(KpiCatalog.Get(KpiIds.SlaResolution), current.TimerAttainment(RollupTimers.Resolution), before.TimerAttainment(RollupTimers.Resolution)),
            Delta(KpiCatalog.Get(KpiIds.SlaBreaches), current.SlaBreached, before.SlaBreached),
            Delta(FirstReplyMean, current.MeanFirstReplyHours, before.MeanFirstReplyHours),
            Delta(ResolutionMean, current.MeanResolutionHours, before.MeanResolutionHours),
            Delta(KpiCatalog.Get(KpiIds.ReopenRate), current.ReopenRate, before.ReopenRate),
            Delta(Escalations, current.Escalated, before.Escalated),
            Delta(EscalationRate, current.EscalationRate, before.EscalationRate),
        };

        var timers = RollupTimers.All
            .Select(t => new ReportTimerRow(t, current.Timer(t).Met, current.Timer(t).Breached, current.TimerAttainment(t), before.TimerAttainment(t)))
            .ToList();
        var perQueue = await reader.PerQueueAsync(from, to, RollupFilter.None, cancellationToken).ConfigureAwait(false);
        var backlogPerQueue = await reader.BacklogPerQueueAsync(to, RollupFilter.None, cancellationToken).ConfigureAwait(false);
        var queues = perQueue.Keys.Union(backlogPerQueue.Where(p => p.Value != 0).Select(p => p.Key), StringComparer.Ordinal)
            .Select(q =>
            {
                var t = perQueue.GetValueOrDefault(q) ?? RollupTotals.Zero;
                return new ReportQueueRow(QueueName(q), t.Created, t.Solved, t.Escalated, t.SlaMet, t.SlaBreached, t.SlaAttainment, backlogPerQueue.GetValueOrDefault(q));
            })
            .OrderBy(q => q.SlaAttainment ?? double.MaxValue)
            .ThenByDescending(q => q.SlaBreached)
            .ThenBy(q => q.Queue, StringComparer.Ordinal)
            .ToList();
        var daily = currentDays
            .Select(s => new ReportDayRow(Date(s.Day), s.Totals.Created, s.Totals.Solved, s.Totals.Escalated, s.Totals.SlaMet, s.Totals.SlaBreached, s.Totals.SlaAttainment, s.Backlog))
            .ToList();

        var risks = new List<string>();
        foreach (var queue in queues.Where(q => q.SlaBreached > 0 && q.SlaAttainment < AttainmentTarget).Take(5))
        {
            risks.Add($"Queue {queue.Queue}: SLA attainment {Pct(queue.SlaAttainment)} with {queue.SlaBreached} breached cycles (target {Number(AttainmentTarget)} %).");
        }

        foreach (var timer in timers.Where(t => t.Attainment < AttainmentTarget))
        {
            risks.Add($"Timer {Label(timer.Timer)}: attainment {Pct(timer.Attainment)} ({timer.Breached} breached of {timer.Met + timer.Breached} decided cycles).");
        }

        var narrative = Narrate(period, current, before, backlogEnd, backlogEnd - backlogStart, timers, queues);
        return new ExecutiveReport(
            $"Support health report: {LocalDatePattern.Iso.Format(period.From)} to {LocalDatePattern.Iso.Format(period.To)}",
            period.Label,
            LocalDatePattern.Iso.Format(period.From),
            LocalDatePattern.Iso.Format(period.To),
            LocalDatePattern.Iso.Format(previous.From),
            LocalDatePattern.Iso.Format(previous.To),
            calendar.Zone.Id,
            InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant()),
            [.. figures.Select(ToFigure)],
            timers,
            queues,
            daily,
            narrative,
            risks);
    }

    private static List<ReportSentence> Narrate(ReportPeriod period, RollupTotals current, RollupTotals before, int backlog, int growth, List<ReportTimerRow> timers, List<ReportQueueRow> queues)
    {
        var sentences = new List<ReportSentence>
        {
            new($"{current.Created} tickets were created from {LocalDatePattern.Iso.Format(period.From)} to {LocalDatePattern.Iso.Format(period.To)}, {Compare(current.Created, before.Created)}, and {current.Solved} were solved.", [KpiIds.TicketsCreated, KpiIds.Solves]),
            new(growth switch
            {
                > 0 => $"The backlog grew by {growth} to {backlog} open tickets.",
                < 0 => $"The backlog shrank by {-growth} to {backlog} open tickets.",
                _ => $"The backlog held steady at {backlog} open tickets.",
            }, [KpiIds.BacklogOpen, KpiIds.BacklogGrowth]),
        };

        if (current.SlaAttainment is { } attainment)
        {
            var change = before.SlaAttainment is { } was
                ? attainment - was is var d && Math.Abs(d) < 0.05 ? "unchanged on the previous period" : $"{(d > 0 ? "up" : "down")} {Number(Math.Abs(d))} points on the previous period"
                : "with nothing to compare in the previous period";
            var verdict = attainment >= AttainmentTarget ? "meeting" : "below";
            sentences.Add(new($"SLA attainment was {Pct(attainment)} across all timers ({current.SlaMet} met, {current.SlaBreached} breached), {verdict} the {Number(AttainmentTarget)} % target and {change}.", ["sla.attainment", KpiIds.SlaBreaches]));
        }
        else
        {
            sentences.Add(new("No SLA cycles were decided in the period.", ["sla.attainment"]));
        }

        if (timers.Where(t => t.Attainment is not null).OrderBy(t => t.Attainment).ThenBy(t => t.Timer, StringComparer.Ordinal).FirstOrDefault() is { } weakest
            && weakest.Attainment < AttainmentTarget)
        {
            sentences.Add(new($"The weakest timer was {Label(weakest.Timer)} at {Pct(weakest.Attainment)}.", [$"sla.{weakest.Timer}.attainment"]));
        }

        if (current.MeanFirstReplyHours is { } firstReply)
        {
            var resolution = current.MeanResolutionHours is { } hours ? $" and tickets were solved {Number(hours)} hours after creation" : string.Empty;
            sentences.Add(new($"Customers waited {Number(firstReply)} hours on average for a first reply{resolution}.", ["first_reply.mean_calendar_hours", "resolution.mean_calendar_hours"]));
        }

        sentences.Add(new($"There were {current.Escalated} escalations ({Pct(current.EscalationRate)} of created tickets) and {current.Reopened} reopens ({Pct(current.ReopenRate)} of solves).", ["escalations", "rate.escalation_per_created", KpiIds.ReopenRate]));

        var atRisk = queues.Where(q => q.SlaBreached > 0 && q.SlaAttainment < AttainmentTarget).Take(3).ToList();
        sentences.Add(atRisk.Count == 0
            ? new($"Every queue with decided SLA cycles met the {Number(AttainmentTarget)} % target.", ["sla.attainment"])
            : new($"Queues below the target: {string.Join(", ", atRisk.Select(q => $"{q.Queue} ({Pct(q.SlaAttainment)}, {q.SlaBreached} breached)"))}.", [.. atRisk.Select(q => $"sla.attainment[queue={q.Queue}]")]));
        return sentences;
    }

    private static KpiDelta Delta(KpiDefinition kpi, double? current, double? previous)
    {
        var flagged = false;
        if (current is { } now && previous is { } was && was != 0)
        {
            var threshold = Thresholds.Thresholds.TryGetValue(kpi.Id, out var custom)
                ? custom
                : kpi.Unit == KpiUnit.Percent ? Thresholds.PercentPointThreshold : Thresholds.RelativeChangeThreshold;
            flagged = kpi.Unit == KpiUnit.Percent ? Math.Abs(now - was) >= threshold : Math.Abs(now - was) / Math.Abs(was) >= threshold;
        }

        return new KpiDelta(kpi, current, previous, flagged);
    }

    private static ReportFigure ToFigure(KpiDelta delta) => new(
        delta.Kpi.Id,
        delta.Kpi.Name,
        Vocabulary.Wire(delta.Kpi.Unit),
        Vocabulary.Wire(delta.Kpi.Direction),
        Round(delta.Current),
        Round(delta.Previous),
        Round(delta.Change),
        Round(delta.ChangePercent),
        Vocabulary.Wire(delta.Trend),
        delta.Flagged);

    private static string Compare(int now, int was) => was == 0
        ? "with none in the previous period"
        : now == was ? "the same as in the previous period"
        : $"{(now > was ? "up" : "down")} {Number(Math.Abs(now - was) * 100.0 / was)} % from {was} in the previous period";

    /// <summary>Formats a day number as an ISO date.</summary>
    internal static string Date(int day) => LocalDatePattern.Iso.Format(ReportingCalendar.FromDayNumber(day));

    /// <summary>Gets the display name of a queue key.</summary>
    internal static string QueueName(string queue) => queue.Length == 0 ? "(none)" : queue;

    /// <summary>Gets the display label of a timer.</summary>
    internal static string Label(string timer) => timer.Replace('_', ' ');

    /// <summary>Formats a percentage, or n/a.</summary>
    internal static string Pct(double? value) => value is { } v ? $"{Number(v)} %" : "n/a";

    /// <summary>Formats a number with up to two decimals, invariant (as the figures are rounded).</summary>
    internal static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;
}
