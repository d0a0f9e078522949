namespace SupportOps.CommandCenter.Summaries;

/// <summary>A key entity of a summary.</summary>
/// <param name="Type">The entity type wire name.</param>
/// <param name="Value">The normalized value.</param>
/// <param name="Confidence">The confidence, 0 to 1.</param>
public sealed record SummaryEntityView(string Type, string Value, double Confidence);
