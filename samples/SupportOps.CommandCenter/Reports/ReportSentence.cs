namespace SupportOps.CommandCenter.Reports;

/// <summary>One sentence of the report's narrative.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="FigureIds">The ids of the figures it cites.</param>
public sealed record ReportSentence(string Text, IReadOnlyList<string> FigureIds);
