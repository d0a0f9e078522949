namespace SupportOps.Analytics.Reports;

/// <summary>The kind of a risk in the health report.</summary>
public enum HealthRiskKind
{
    /// <summary>A queue whose SLA attainment is below target or whose breaches grew.</summary>
    QueueTrendingToBreach,

    /// <summary>An SLA timer whose attainment is below target.</summary>
    TimerBelowTarget,

    /// <summary>An agent at or above the overload utilization.</summary>
    OverloadedAgent,
}
