namespace SupportOps.CommandCenter.Summaries;

/// <summary>The sentiment of a summary.</summary>
/// <param name="Label">The label (<c>negative</c>, <c>neutral</c>, <c>positive</c>).</param>
/// <param name="Score">The score, −1 to 1.</param>
public sealed record SummarySentimentView(string Label, double Score);
