namespace SupportOps.CommandCenter.Reports;

/// <summary>The operations dashboard: trends, SLA attainment, queue health and backlog aging over a period.</summary>
/// <param name="Period">The period label.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day (inclusive).</param>
/// <param name="TimeZone">The zone days are counted in.</param>
/// <param name="Filter">The dimension filters applied (queue, channel, priority, agent).</param>
/// <param name="Series">One point per day.</param>
/// <param name="SlaAttainment">Per timer over the period.</param>
/// <param name="QueueHealth">Per queue over the period, worst attainment first.</param>
/// <param name="BacklogAging">Open tickets now, by age.</param>
public sealed record OperationsDashboard(
    string Period,
    string From,
    string To,
    string TimeZone,
    IReadOnlyDictionary<string, string> Filter,
    IReadOnlyList<DashboardDayPoint> Series,
    IReadOnlyList<DashboardTimerPoint> SlaAttainment,
    IReadOnlyList<DashboardQueuePoint> QueueHealth,
    IReadOnlyList<DashboardAgingPoint> BacklogAging);
