namespace SupportOps.CommandCenter.Reports;

/// <summary>The health of one queue in the report period.</summary>
/// <param name="Queue">The queue (<c>(none)</c> for tickets without one).</param>
/// <param name="Created">Tickets created.</param>
/// <param name="Solved">Solves.</param>
/// <param name="Escalated">Escalations.</param>
/// <param name="SlaMet">SLA cycles met.</param>
/// <param name="SlaBreached">SLA cycles breached.</param>
/// <param name="SlaAttainment">Attainment in percent, or null.</param>
/// <param name="Backlog">Open tickets at the end of the period.</param>
public sealed record ReportQueueRow(string Queue, int Created, int Solved, int Escalated, int SlaMet, int SlaBreached, double? SlaAttainment, int Backlog);
