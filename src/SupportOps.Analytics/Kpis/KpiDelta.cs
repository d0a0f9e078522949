namespace SupportOps.Analytics.Kpis;

/// <summary>A KPI in the current and the previous period, the change, and whether it moved beyond its threshold.</summary>
/// <param name="Kpi">The KPI.</param>
/// <param name="Current">The current value, or null when undefined.</param>
/// <param name="Previous">The previous value, or null when undefined.</param>
/// <param name="Flagged">Whether the change is beyond the KPI's threshold.</param>
public sealed record KpiDelta(KpiDefinition Kpi, double? Current, double? Previous, bool Flagged)
{
    /// <summary>Gets <see cref="Current"/> − <see cref="Previous"/> (percentage points for percents), or null when either is undefined.</summary>
    public double? Change => Current - Previous;

    /// <summary>Gets the change relative to the previous value in percent, or null when undefined or the previous value is 0.</summary>
    public double? ChangePercent => Previous is { } previous && previous != 0 && Change is { } change ? 100 * change / Math.Abs(previous) : null;

    /// <summary>Gets how the KPI moved.</summary>
    public KpiTrend Trend => Change switch
    {
        null => KpiTrend.NotComparable,
        0 => KpiTrend.Unchanged,
        { } change when Kpi.Direction == KpiDirection.Neutral => KpiTrend.Changed,
        > 0 => Kpi.Direction == KpiDirection.HigherIsBetter ? KpiTrend.Improved : KpiTrend.Worsened,
        _ => Kpi.Direction == KpiDirection.HigherIsBetter ? KpiTrend.Worsened : KpiTrend.Improved,
    };
}
