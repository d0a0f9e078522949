using SupportOps.CommandCenter.Rollups;

namespace SupportOps.CommandCenter.Reports;

/// <summary>A validated drilldown request.</summary>
/// <param name="Metric">A rollup metric, or <see cref="DashboardService.BacklogAgeMetric"/>.</param>
/// <param name="Period">The days (for <c>backlog</c>, the backlog at the end of the last day).</param>
/// <param name="Filter">The dimension filters.</param>
/// <param name="Timer">The SLA timer for SLA metrics, or null for all.</param>
/// <param name="Bucket">The age bucket for <c>backlog_age</c>.</param>
/// <param name="Limit">The page size.</param>
/// <param name="After">The last ticket id of the previous page.</param>
internal sealed record DrilldownQuery(string Metric, ReportPeriod Period, RollupFilter Filter, string? Timer, string? Bucket, int Limit, string? After);
