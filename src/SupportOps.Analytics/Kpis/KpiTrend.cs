namespace SupportOps.Analytics.Kpis;

/// <summary>How a KPI moved from the previous period to the current one.</summary>
public enum KpiTrend
{
    /// <summary>One of the two values is undefined (no data).</summary>
    NotComparable,

    /// <summary>The value did not change.</summary>
    Unchanged,

    /// <summary>The value moved the better way.</summary>
    Improved,

    /// <summary>The value moved the worse way.</summary>
    Worsened,

    /// <summary>The value changed and the KPI has no better direction.</summary>
    Changed,
}
