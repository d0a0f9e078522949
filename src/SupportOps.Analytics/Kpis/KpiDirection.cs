namespace SupportOps.Analytics.Kpis;

/// <summary>Which way a KPI should move.</summary>
public enum KpiDirection
{
    /// <summary>Neither direction is better (volume, load).</summary>
    Neutral,

    /// <summary>Higher is better (attainment, CSAT, one-touch rate).</summary>
    HigherIsBetter,

    /// <summary>Lower is better (response times, backlog, reopen rate).</summary>
    LowerIsBetter,
}
