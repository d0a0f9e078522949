using System.Collections.Immutable;

namespace SupportOps.Analytics.Reports;

/// <summary>One sentence of the report's narrative and the ids of the figures it cites, so every sentence is traceable.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="FigureIds">The KPI or breakdown ids it cites; never empty.</param>
public sealed record NarrativeSentence(string Text, ImmutableArray<string> FigureIds);
