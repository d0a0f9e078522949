using System.Globalization;
using System.Text;
using SupportOps.RiskModel.Evaluation;

namespace SupportOps.RiskEvaluation.Replay;

/// <summary>Renders replay results as a Markdown table.</summary>
public static class ReplayReport
{
    /// <summary>Renders the results.</summary>
    /// <param name="title">A heading line.</param>
    /// <param name="notes">Lines printed under the heading.</param>
    /// <param name="results">The results.</param>
    /// <returns>The Markdown.</returns>
    public static string ToMarkdown(string title, IEnumerable<string> notes, IEnumerable<ReplayResult> results)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {title}").AppendLine();
        foreach (var note in notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }

        text.AppendLine()
            .AppendLine("| timer | points | breach rate | AUC forecast | AUC risk score | AUC time only | median k ahead, rate/h | mean forecast | Brier forecast | Brier base rate | P/R@k forecast | P/R@k risk score | P/R@k time only |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var rate = r.Points == 0 ? double.NaN : (double)r.Breaches / r.Points;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Timer(r)}, {r.Scheme} | {r.Points:N0} | {rate:P1} | {r.AucForecast:0.000} | {r.AucRisk:0.000} | {r.AucTimeOnly:0.000} | {r.MedianAhead:0.#}, {r.MedianRate:0.00} | {r.MeanForecast:P1} | {r.BrierForecast:0.000} | {r.BrierBaseRate:0.000} | {Top(r.TopForecast)} | {Top(r.TopRisk)} | {Top(r.TopTimeOnly)} |");
        }

        return text.ToString();
    }

    private static string Timer(ReplayResult r) => r.Timer == History.TimerKind.FirstResponse ? "first response" : "resolution";

    private static string Top(PrecisionRecall pr) => string.Create(CultureInfo.InvariantCulture, $"{pr.Precision:0.00} / {pr.Recall:0.00} (k={pr.K:N0})");
}
