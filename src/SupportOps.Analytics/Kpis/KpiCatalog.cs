using System.Collections.Immutable;
using NodaTime;
using SupportOps.Analytics.Internal;
using SupportOps.Analytics.Metrics;
using SlaTimerKind = SupportOps.SlaEngine.Timers.SlaTimerKind;

namespace SupportOps.Analytics.Kpis;

/// <summary>Every KPI with its definition, how it is read from <see cref="PeriodMetrics"/>, and the period-over-period deltas.</summary>
/// <remarks><para>This type is thread-safe.</para></remarks>
public static class KpiCatalog
{
    private static readonly (KpiDefinition Kpi, Func<PeriodMetrics, AnalyticsOptions, double?> Read)[] Entries =
    [
        (new(KpiIds.TicketsCreated, "Tickets created", KpiUnit.Count, KpiDirection.Neutral), (m, _) => m.TicketsCreated),
        (new(KpiIds.TicketsActive, "Tickets active", KpiUnit.Count, KpiDirection.Neutral), (m, _) => m.TicketsActive),
        (new(KpiIds.BacklogOpen, "Open backlog", KpiUnit.Count, KpiDirection.LowerIsBetter), (m, _) => m.Backlog.OpenAtEnd),
        (new(KpiIds.BacklogGrowth, "Backlog growth", KpiUnit.Count, KpiDirection.LowerIsBetter), (m, _) => m.Backlog.Growth),
        (new(KpiIds.BacklogOver7Days, "Backlog older than 7 days", KpiUnit.Count, KpiDirection.LowerIsBetter), (m, _) => m.Backlog.Overall[BacklogBucket.Over7Days]),
        (new(KpiIds.FirstReplyP50Business, "First reply p50 (business h)", KpiUnit.Hours, KpiDirection.LowerIsBetter), (m, _) => Hours(m.FirstReply.P50Business)),
        (new(KpiIds.FirstReplyP90Business, "First reply p90 (business h)", KpiUnit.Hours, KpiDirection.LowerIsBetter), (m, _) => Hours(m.FirstReply.P90Business)),
        (new(KpiIds.FirstReplyP50Calendar, "First reply p50 (calendar h)", KpiUnit.Hours, KpiDirection.LowerIsBetter), (m, _) => Hours(m.FirstReply.P50Calendar)),
        (new(KpiIds.FirstReplyP90Calendar, "First reply p90 (calendar h)", KpiUnit.Hours, KpiDirection.LowerIsBetter), (m, _) => Hours(m.FirstReply.P90Calendar)),
        (new(KpiIds.ResolutionP50Business, "Full resolution p50 (business h)", KpiUnit.Hours, KpiDirection.LowerIsBetter), (m, _) => Hours(m.FullResolution.P50Business)),
        (new(KpiIds.ResolutionP90Business, "Full resolution p90 (business h)", KpiUnit.Hours, KpiDirection.LowerIsBetter), (m, _) => Hours(m.FullResolution.P90Business)),
        (new(KpiIds.ResolutionP50Calendar, "Full resolution p50 (calendar h)", KpiUnit.Hours, KpiDirection.LowerIsBetter), (m, _) => Hours(m.FullResolution.P50Calendar)),
        (new(KpiIds.ResolutionP90Calendar, "Full resolution p90 (calendar h)", KpiUnit.Hours, KpiDirection.LowerIsBetter), (m, _) => Hours(m.FullResolution.P90Calendar)),
        (new(KpiIds.SlaFirstResponse, "First response SLA attainment", KpiUnit.Percent, KpiDirection.HigherIsBetter), (m, _) => m.Attainment(SlaTimerKind.FirstResponse)?.AttainmentPercent),
        (new(KpiIds.SlaNextResponse, "Next response SLA attainment", KpiUnit.Percent, KpiDirection.HigherIsBetter), (m, _) => m.Attainment(SlaTimerKind.NextResponse)?.AttainmentPercent),
        (new(KpiIds.SlaPeriodicUpdate, "Periodic update SLA attainment", KpiUnit.Percent, KpiDirection.HigherIsBetter), (m, _) => m.Attainment(SlaTimerKind.PeriodicUpdate)?.AttainmentPercent),
        (new(KpiIds.SlaResolution, "Resolution SLA attainment", KpiUnit.Percent, KpiDirection.HigherIsBetter), (m, _) => m.Attainment(SlaTimerKind.Resolution)?.AttainmentPercent),
        (new(KpiIds.SlaBreaches, "SLA breaches", KpiUnit.Count, KpiDirection.LowerIsBetter), (m, _) => m.SlaAttainment.Where(r => r.Dimension == AnalyticsDimension.Overall).Sum(r => r.Breached)),
        (new(KpiIds.Solves, "Solves", KpiUnit.Count, KpiDirection.HigherIsBetter), (m, _) => m.Solves),
        (new(KpiIds.Replies, "Public agent replies", KpiUnit.Count, KpiDirection.Neutral), (m, _) => m.AgentReplies),
        (new(KpiIds.EscalationRate, "Escalation rate", KpiUnit.Percent, KpiDirection.LowerIsBetter), (m, _) => m.EscalationRatePercent),
        (new(KpiIds.Reassignments, "Reassignments", KpiUnit.Count, KpiDirection.LowerIsBetter), (m, _) => m.Reassignments),
        (new(KpiIds.ReopenRate, "Reopen rate", KpiUnit.Percent, KpiDirection.LowerIsBetter), (m, _) => m.ReopenRatePercent),
        (new(KpiIds.OneTouchRate, "One-touch resolution rate", KpiUnit.Percent, KpiDirection.HigherIsBetter), (m, _) => m.OneTouchRatePercent),
        (new(KpiIds.Csat, "Customer satisfaction", KpiUnit.Percent, KpiDirection.HigherIsBetter), (m, _) => m.SatisfactionPercent),
        (new(KpiIds.UtilizationMean, "Mean agent utilization", KpiUnit.Ratio, KpiDirection.Neutral), (m, _) => Mean(m.Workload.Select(w => w.Utilization))),
        (new(KpiIds.OccupancyMean, "Mean agent occupancy", KpiUnit.Ratio, KpiDirection.Neutral), (m, _) => Mean(m.Workload.Select(w => w.Occupancy))),
        (new(KpiIds.OverloadedAgents, "Overloaded agents", KpiUnit.Count, KpiDirection.LowerIsBetter), (m, o) => m.Workload.Count(w => w.Utilization >= o.OverloadUtilization)),
    ];

    /// <summary>Gets every KPI definition, in report order.</summary>
    public static ImmutableArray<KpiDefinition> All { get; } = [.. Entries.Select(e => e.Kpi)];

    /// <summary>Returns a KPI's definition.</summary>
    /// <param name="id">The KPI id; must not be null.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No KPI has that id.</exception>
    public static KpiDefinition Get(string id)
    {
        Guard.NotNull(id);
        foreach (var (kpi, _) in Entries)
        {
            if (string.Equals(kpi.Id, id, StringComparison.Ordinal))
            {
                return kpi;
            }
        }

        throw new KeyNotFoundException($"There is no KPI with id '{id}'.");
    }

    /// <summary>Reads every KPI from a period's figures.</summary>
    /// <param name="metrics">The figures; must not be null.</param>
    /// <param name="options">The options (for the overload threshold), or null for the defaults.</param>
    /// <returns>Each KPI with its value (null when undefined), in report order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metrics"/> is null.</exception>
    public static ImmutableArray<KeyValuePair<KpiDefinition, double?>> Values(PeriodMetrics metrics, AnalyticsOptions? options = null)
    {
        Guard.NotNull(metrics);
        options ??= new AnalyticsOptions();
        return [.. Entries.Select(e => new KeyValuePair<KpiDefinition, double?>(e.Kpi, e.Read(metrics, options)))];
    }

    /// <summary>Compares every KPI between the two periods and flags the ones that moved beyond their threshold.</summary>
    /// <param name="comparison">The two periods' figures; must not be null.</param>
    /// <param name="options">The thresholds, or null for the defaults.</param>
    /// <returns>One delta per KPI, in report order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <remarks>
    /// <para>A percent KPI is flagged when it moves by at least the threshold in percentage points; any other KPI
    /// when it moves by at least the threshold as a fraction of its previous value (never when the previous value is 0
    /// or either value is undefined). Per-KPI thresholds in <see cref="AnalyticsOptions.Thresholds"/> win.</para>
    /// </remarks>
    public static ImmutableArray<KpiDelta> Deltas(PeriodComparison comparison, AnalyticsOptions? options = null)
    {
        Guard.NotNull(comparison);
        options ??= new AnalyticsOptions();
        options.Validate();
        var builder = ImmutableArray.CreateBuilder<KpiDelta>(Entries.Length);
        foreach (var (kpi, read) in Entries)
        {
            var current = read(comparison.Current, options);
            var previous = read(comparison.Previous, options);
            builder.Add(new KpiDelta(kpi, current, previous, IsFlagged(kpi, current, previous, options)));
        }

        return builder.MoveToImmutable();
    }

    private static bool IsFlagged(KpiDefinition kpi, double? current, double? previous, AnalyticsOptions options)
    {
        if (current is not { } c || previous is not { } p)
        {
            return false;
        }

        var threshold = options.Thresholds.TryGetValue(kpi.Id, out var custom)
            ? custom
            : kpi.Unit == KpiUnit.Percent ? options.PercentPointThreshold : options.RelativeChangeThreshold;
        return kpi.Unit == KpiUnit.Percent
            ? Math.Abs(c - p) >= threshold
            : p != 0 && Math.Abs(c - p) / Math.Abs(p) >= threshold;
    }

    private static double? Hours(Duration? duration) => duration?.TotalHours;

    private static double? Mean(IEnumerable<double?> values)
    {
        var sum = 0.0;
        var count = 0;
        foreach (var value in values)
        {
            if (value is { } v)
            {
                sum += v;
                count++;
            }
        }

        return count == 0 ? null : sum / count;
    }
}
