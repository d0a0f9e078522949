namespace SupportOps.CommandCenter.Workload;

/// <summary>SLA attainment over the period: cycles met and breached (all timers), and met / (met + breached).</summary>
/// <param name="Met">Cycles fulfilled in the period without breaching.</param>
/// <param name="Breached">Cycles that breached in the period.</param>
/// <param name="AttainmentPercent">Met / (met + breached) × 100, or null without decided cycles.</param>
public sealed record SlaAttainmentView(int Met, int Breached, double? AttainmentPercent);
