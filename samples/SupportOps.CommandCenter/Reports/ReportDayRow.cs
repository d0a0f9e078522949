namespace SupportOps.CommandCenter.Reports;

/// <summary>One day of the report's trend.</summary>
/// <param name="Day">The local day (ISO date).</param>
/// <param name="Created">Tickets created.</param>
/// <param name="Solved">Solves.</param>
/// <param name="Escalated">Escalations.</param>
/// <param name="SlaMet">SLA cycles met.</param>
/// <param name="SlaBreached">SLA cycles breached.</param>
/// <param name="SlaAttainment">Attainment in percent, or null.</param>
/// <param name="Backlog">Open tickets at the end of the day.</param>
public sealed record ReportDayRow(string Day, int Created, int Solved, int Escalated, int SlaMet, int SlaBreached, double? SlaAttainment, int Backlog);
