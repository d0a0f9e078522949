using System.Collections.Immutable;
using SupportOps.Analytics.Kpis;
using SupportOps.Analytics.Metrics;

namespace SupportOps.Analytics.Reports;

/// <summary>The executive health report of a period: headline KPIs with deltas, top risks, notable changes and a narrative.</summary>
/// <remarks><para>Built by <see cref="HealthReportBuilder"/>; immutable and thread-safe.</para></remarks>
public sealed class HealthReport
{
    internal HealthReport(
        string title,
        PeriodComparison figures,
        ImmutableArray<KpiDelta> kpis,
        ImmutableArray<KpiDelta> headline,
        ImmutableArray<HealthRisk> risks,
        ImmutableArray<KpiDelta> notableChanges,
        ImmutableArray<NarrativeSentence> narrative)
    {
        Title = title;
        Figures = figures;
        Kpis = kpis;
        Headline = headline;
        Risks = risks;
        NotableChanges = notableChanges;
        Narrative = narrative;
    }

    /// <summary>Gets the report's title.</summary>
    public string Title { get; }

    /// <summary>Gets the figures of the reported and the previous period.</summary>
    public PeriodComparison Figures { get; }

    /// <summary>Gets every KPI with its delta, in catalogue order.</summary>
    public ImmutableArray<KpiDelta> Kpis { get; }

    /// <summary>Gets the headline KPIs.</summary>
    public ImmutableArray<KpiDelta> Headline { get; }

    /// <summary>Gets the top risks, worst first within each kind.</summary>
    public ImmutableArray<HealthRisk> Risks { get; }

    /// <summary>Gets the KPIs that moved beyond their threshold.</summary>
    public ImmutableArray<KpiDelta> NotableChanges { get; }

    /// <summary>Gets the narrative, one sentence per figure group.</summary>
    public ImmutableArray<NarrativeSentence> Narrative { get; }

    /// <summary>Returns the delta of a KPI.</summary>
    /// <param name="id">The KPI id.</param>
    /// <returns>The delta.</returns>
    /// <exception cref="KeyNotFoundException">No KPI has that id.</exception>
    public KpiDelta Kpi(string id)
    {
        foreach (var delta in Kpis)
        {
            if (string.Equals(delta.Kpi.Id, id, StringComparison.Ordinal))
            {
                return delta;
            }
        }

        throw new KeyNotFoundException($"The report has no KPI with id '{id}'.");
    }
}
