namespace SupportOps.CommandCenter.Reports;

/// <summary>One day of a dashboard trend, with the links that list the tickets behind each figure.</summary>
/// <param name="Day">The local day (ISO date).</param>
/// <param name="Created">Tickets created.</param>
/// <param name="Solved">Solves.</param>
/// <param name="Reopened">Reopens.</param>
/// <param name="Escalated">Escalations.</param>
/// <param name="EscalationRate">Escalations per 100 created tickets, or null.</param>
/// <param name="FirstReplies">First public replies.</param>
/// <param name="MeanFirstReplyHours">Mean first reply time in hours, or null.</param>
/// <param name="MeanResolutionHours">Mean creation-to-solve time in hours, or null.</param>
/// <param name="SlaMet">SLA cycles met.</param>
/// <param name="SlaBreached">SLA cycles breached.</param>
/// <param name="SlaAttainment">Attainment in percent, or null.</param>
/// <param name="Backlog">Open tickets at the end of the day.</param>
/// <param name="Drilldown">Per figure (<c>created</c>, <c>solved</c>, …, <c>backlog</c>), the drilldown URL listing its tickets.</param>
public sealed record DashboardDayPoint(
    string Day,
    int Created,
    int Solved,
    int Reopened,
    int Escalated,
    double? EscalationRate,
    int FirstReplies,
    double? MeanFirstReplyHours,
    double? MeanResolutionHours,
    int SlaMet,
    int SlaBreached,
    double? SlaAttainment,
    int Backlog,
    IReadOnlyDictionary<string, string> Drilldown);
