namespace SupportOps.Analytics.Metrics;

/// <summary>The figures of a period and of the period before it, computed in the same pass.</summary>
/// <param name="Current">The reported period.</param>
/// <param name="Previous">The comparison period.</param>
public sealed record PeriodComparison(PeriodMetrics Current, PeriodMetrics Previous);
