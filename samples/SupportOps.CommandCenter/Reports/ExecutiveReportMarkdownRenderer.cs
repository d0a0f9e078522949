using System.Globalization;
using System.Text;

namespace SupportOps.CommandCenter.Reports;

/// <summary>Renders an <see cref="ExecutiveReport"/> as Markdown: title, narrative, risks, figures, SLA per timer, queues, daily trend.</summary>
/// <remarks><para>Each narrative sentence is followed by the ids of the figures it cites, as in SupportOps.Analytics' Markdown renderer. Pipes in names are escaped.</para></remarks>
internal static class ExecutiveReportMarkdownRenderer
{
    /// <summary>Renders the report.</summary>
    public static string Render(ExecutiveReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(report.Title)).AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Period `{report.Period}`: {report.From} to {report.To} ({report.TimeZone}), compared with {report.PreviousFrom} to {report.PreviousTo}. Generated {report.GeneratedAt}.").AppendLine();

        md.AppendLine("## Summary").AppendLine();
        foreach (var sentence in report.Narrative)
        {
            md.Append(sentence.Text);
            if (sentence.FigureIds.Count > 0)
            {
                md.Append(" _(").Append(string.Join(", ", sentence.FigureIds.Select(id => $"`{id}`"))).Append(")_");
            }

            md.AppendLine().AppendLine();
        }

        md.AppendLine("## Risks").AppendLine();
        if (report.Risks.Count == 0)
        {
            md.AppendLine("None: every queue and timer met the attainment target.").AppendLine();
        }
        else
        {
            foreach (var risk in report.Risks)
            {
                md.Append("- ").AppendLine(Escape(risk));
            }

            md.AppendLine();
        }

        md.AppendLine("## Key figures").AppendLine();
        md.AppendLine("| Figure | Current | Previous | Change | Trend |");
        md.AppendLine("|---|---:|---:|---:|---|");
        foreach (var f in report.Figures)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Escape(f.Name)} (`{f.Id}`) | {Value(f.Current, f.Unit)} | {Value(f.Previous, f.Unit)} | {Signed(f.Change)} | {f.Trend.Replace('_', ' ')}{(f.Flagged ? " ⚑" : string.Empty)} |");
        }

        md.AppendLine().AppendLine("## SLA attainment by timer").AppendLine();
        md.AppendLine("| Timer | Met | Breached | Attainment | Previous |");
        md.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var t in report.SlaByTimer)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {ExecutiveReportBuilder.Label(t.Timer)} | {t.Met} | {t.Breached} | {ExecutiveReportBuilder.Pct(t.Attainment)} | {ExecutiveReportBuilder.Pct(t.PreviousAttainment)} |");
        }

        md.AppendLine().AppendLine("## Queues").AppendLine();
        md.AppendLine("| Queue | Created | Solved | Escalated | SLA met | SLA breached | Attainment | Backlog |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var q in report.Queues)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Escape(q.Queue)} | {q.Created} | {q.Solved} | {q.Escalated} | {q.SlaMet} | {q.SlaBreached} | {ExecutiveReportBuilder.Pct(q.SlaAttainment)} | {q.Backlog} |");
        }

        md.AppendLine().AppendLine("## Daily trend").AppendLine();
        md.AppendLine("| Day | Created | Solved | Escalated | SLA met | SLA breached | Attainment | Backlog |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var d in report.Daily)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {d.Day} | {d.Created} | {d.Solved} | {d.Escalated} | {d.SlaMet} | {d.SlaBreached} | {ExecutiveReportBuilder.Pct(d.SlaAttainment)} | {d.Backlog} |");
        }

        return md.ToString();
    }

    /// <summary>Formats a figure's value with its unit.</summary>
    internal static string Value(double? value, string unit) => value switch
    {
        null => "n/a",
        { } v when unit == "percent" => ExecutiveReportBuilder.Pct(v),
        { } v when unit == "hours" => $"{ExecutiveReportBuilder.Number(v)} h",
        { } v => v.ToString("0.##", CultureInfo.InvariantCulture),
    };

    /// <summary>Formats a change with its sign.</summary>
    internal static string Signed(double? value) => value switch
    {
        null => "n/a",
        { } v => (v > 0 ? "+" : string.Empty) + v.ToString("0.##", CultureInfo.InvariantCulture),
    };

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
