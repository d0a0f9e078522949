using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using SupportOps.Analytics.Internal;
using SupportOps.Analytics.Kpis;
using SupportOps.Analytics.Metrics;

namespace SupportOps.Analytics.Reports;

/// <summary>Renders a <see cref="HealthReport"/> as Markdown: headline table, narrative, risks, notable changes, and the breakdowns.</summary>
/// <remarks><para>Output is deterministic (invariant culture, fixed ordering). This type is thread-safe.</para></remarks>
public static class MarkdownReportRenderer
{
    private static readonly string[] BucketHeaders = ["0–4 h", "4–24 h", "1–3 d", "3–7 d", "> 7 d"];

    /// <summary>Renders a report to a string.</summary>
    /// <param name="report">The report; must not be null.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(HealthReport report)
    {
        Guard.NotNull(report);
        var text = new StringBuilder();
        var current = report.Figures.Current;
        var previous = report.Figures.Previous;
        text.Append("# ").Append(report.Title).Append("\n\n");
        text.Append("Period: ").Append(Range(current.Period)).Append(" (compared with ").Append(Range(previous.Period)).Append(").\n\n");

        text.Append("## Headline\n\n| KPI | This period | Previous | Change | Trend |\n|---|---:|---:|---:|---|\n");
        foreach (var kpi in report.Headline)
        {
            Row(text, kpi);
        }

        text.Append("\n## Summary\n\n");
        foreach (var sentence in report.Narrative)
        {
            text.Append("- ").Append(sentence.Text).Append(" <sub>[").Append(string.Join(", ", sentence.FigureIds)).Append("]</sub>\n");
        }

        text.Append("\n## Top risks\n\n");
        if (report.Risks.IsEmpty)
        {
            text.Append("No queue, timer or agent crossed a risk threshold.\n");
        }

        foreach (var risk in report.Risks)
        {
            text.Append("- **").Append(Kind(risk.Kind)).Append(" — ").Append(Escape(risk.Subject)).Append("**: ").Append(risk.Detail).Append(".\n");
        }

        text.Append("\n## Notable changes\n\n");
        if (report.NotableChanges.IsEmpty)
        {
            text.Append("No KPI moved beyond its threshold.\n");
        }
        else
        {
            text.Append("| KPI | This period | Previous | Change | Trend |\n|---|---:|---:|---:|---|\n");
            foreach (var kpi in report.NotableChanges)
            {
                Row(text, kpi);
            }
        }

        text.Append("\n## All KPIs\n\n| Id | KPI | This period | Previous | Change | Trend | Flag |\n|---|---|---:|---:|---:|---|---|\n");
        foreach (var kpi in report.Kpis)
        {
            text.Append("| `").Append(kpi.Kpi.Id).Append("` | ").Append(kpi.Kpi.Name).Append(" | ")
                .Append(Fmt.Value(kpi.Current, kpi.Kpi.Unit)).Append(" | ").Append(Fmt.Value(kpi.Previous, kpi.Kpi.Unit)).Append(" | ")
                .Append(Fmt.Change(kpi)).Append(" | ").Append(Trend(kpi.Trend)).Append(" | ").Append(kpi.Flagged ? "⚑" : string.Empty).Append(" |\n");
        }

        text.Append("\n## SLA attainment\n\n| Timer | Dimension | Key | Met | Breached | Running | Attainment |\n|---|---|---|---:|---:|---:|---:|\n");
        foreach (var row in current.SlaAttainment)
        {
            text.Append("| ").Append(row.Timer).Append(" | ").Append(row.Dimension).Append(" | ").Append(Escape(row.Key)).Append(" | ")
                .Append(row.Met).Append(" | ").Append(row.Breached).Append(" | ").Append(row.Running).Append(" | ")
                .Append(Fmt.Value(row.AttainmentPercent, KpiUnit.Percent)).Append(" |\n");
        }

        text.Append("\n## Backlog at the end of the period\n\n| Dimension | Key | ").Append(string.Join(" | ", BucketHeaders)).Append(" | Total |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var row in current.Backlog.Rows)
        {
            text.Append("| ").Append(row.Dimension).Append(" | ").Append(Escape(row.Key)).Append(" | ")
                .Append(string.Join(" | ", row.Buckets)).Append(" | ").Append(row.Total).Append(" |\n");
        }

        text.Append("\n## Workload\n\n| Agent | Open | Pending | Capacity | Utilization | Occupancy | Replies | Solves | Replies/bh | Solves/bh |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var agent in current.Workload)
        {
            text.Append("| ").Append(Escape(agent.AgentId)).Append(" | ").Append(agent.OpenAssigned).Append(" | ").Append(agent.PendingOnCustomer).Append(" | ")
                .Append(agent.Capacity?.ToString(CultureInfo.InvariantCulture) ?? "–").Append(" | ")
                .Append(Fmt.Value(agent.Utilization, KpiUnit.Ratio)).Append(" | ").Append(Fmt.Value(agent.Occupancy, KpiUnit.Ratio)).Append(" | ")
                .Append(agent.Replies).Append(" | ").Append(agent.Solves).Append(" | ")
                .Append(Fmt.Value(agent.RepliesPerBusinessHour, KpiUnit.Ratio)).Append(" | ").Append(Fmt.Value(agent.SolvesPerBusinessHour, KpiUnit.Ratio)).Append(" |\n");
        }

        text.Append("\n## Volume by channel\n\n| Channel | Created |\n|---|---:|\n");
        foreach (var (channel, count) in current.CreatedByChannel)
        {
            text.Append("| ").Append(channel).Append(" | ").Append(count).Append(" |\n");
        }

        text.Append("\n## Volume by hour of week (").Append(current.Period.Calendar.TimeZone.Id).Append(")\n\n| Day | ")
            .Append(string.Join(" | ", Enumerable.Range(0, 24).Select(h => h.ToString("00", CultureInfo.InvariantCulture))))
            .Append(" |\n|---|").Append(string.Concat(Enumerable.Repeat("---:|", 24))).Append('\n');
        for (var day = 0; day < 7; day++)
        {
            text.Append("| ").Append((IsoDayOfWeek)(day + 1)).Append(" | ")
                .Append(string.Join(" | ", Enumerable.Range(0, 24).Select(h => current.CreatedByHourOfWeek[(day * 24) + h]))).Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>Renders a report to a writer.</summary>
    /// <param name="report">The report; must not be null.</param>
    /// <param name="writer">The writer; must not be null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(HealthReport report, TextWriter writer)
    {
        Guard.NotNull(writer);
        writer.Write(Render(report));
    }

    private static void Row(StringBuilder text, KpiDelta kpi) =>
        text.Append("| ").Append(kpi.Kpi.Name).Append(" | ").Append(Fmt.Value(kpi.Current, kpi.Kpi.Unit)).Append(" | ")
            .Append(Fmt.Value(kpi.Previous, kpi.Kpi.Unit)).Append(" | ").Append(Fmt.Change(kpi)).Append(" | ").Append(Trend(kpi.Trend)).Append(" |\n");

    private static string Range(AnalyticsPeriod period) =>
        InstantPattern.General.Format(period.Start) + " – " + InstantPattern.General.Format(period.End);

    private static string Trend(KpiTrend trend) => trend switch
    {
        KpiTrend.Improved => "improved",
        KpiTrend.Worsened => "worsened",
        KpiTrend.Unchanged => "unchanged",
        KpiTrend.Changed => "changed",
        _ => "–",
    };

    private static string Kind(HealthRiskKind kind) => kind switch
    {
        HealthRiskKind.QueueTrendingToBreach => "Queue trending to breach",
        HealthRiskKind.TimerBelowTarget => "SLA timer below target",
        _ => "Overloaded agent",
    };

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
