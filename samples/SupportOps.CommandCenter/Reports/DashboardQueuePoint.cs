namespace SupportOps.CommandCenter.Reports;

/// <summary>The health of one queue over a dashboard's period.</summary>
/// <param name="Queue">The queue; empty for tickets without one.</param>
/// <param name="Created">Tickets created.</param>
/// <param name="Solved">Solves.</param>
/// <param name="Escalated">Escalations.</param>
/// <param name="EscalationRate">Escalations per 100 created tickets, or null.</param>
/// <param name="SlaBreached">SLA cycles breached.</param>
/// <param name="SlaAttainment">Attainment in percent, or null.</param>
/// <param name="Backlog">Open tickets at the end of the period.</param>
/// <param name="Drilldown">The drilldown URLs per figure.</param>
public sealed record DashboardQueuePoint(string Queue, int Created, int Solved, int Escalated, double? EscalationRate, int SlaBreached, double? SlaAttainment, int Backlog, IReadOnlyDictionary<string, string> Drilldown);
