namespace SupportOps.CommandCenter.Reports;

/// <summary>SLA attainment of one timer over a dashboard's period.</summary>
/// <param name="Timer">The timer wire name.</param>
/// <param name="Met">Cycles met.</param>
/// <param name="Breached">Cycles breached.</param>
/// <param name="Attainment">Met / (met + breached) × 100, or null.</param>
/// <param name="Drilldown">The drilldown URLs for <c>sla_met</c> and <c>sla_breached</c>.</param>
public sealed record DashboardTimerPoint(string Timer, int Met, int Breached, double? Attainment, IReadOnlyDictionary<string, string> Drilldown);
