namespace SupportOps.CommandCenter.Summaries;

/// <summary>A suggested next action of a summary.</summary>
/// <param name="Action">The action wire name.</param>
/// <param name="Rationale">One sentence on why.</param>
/// <param name="Confidence">The confidence, 0 to 1.</param>
public sealed record SummaryActionView(string Action, string Rationale, double Confidence);
