namespace SupportOps.CommandCenter.Reports;

/// <summary>SLA attainment of one timer in the report period.</summary>
/// <param name="Timer">The timer wire name.</param>
/// <param name="Met">Cycles met in the period.</param>
/// <param name="Breached">Cycles breached in the period.</param>
/// <param name="Attainment">Met / (met + breached) × 100, or null without decided cycles.</param>
/// <param name="PreviousAttainment">The same in the previous period.</param>
public sealed record ReportTimerRow(string Timer, int Met, int Breached, double? Attainment, double? PreviousAttainment);
