namespace SupportOps.Analytics.Kpis;

/// <summary>The unit of a KPI value.</summary>
public enum KpiUnit
{
    /// <summary>A number of tickets, events or agents.</summary>
    Count,

    /// <summary>A percentage, 0 to 100; changes are measured in percentage points.</summary>
    Percent,

    /// <summary>A duration in hours.</summary>
    Hours,

    /// <summary>A ratio, 1.0 meaning 100 %.</summary>
    Ratio,
}
