namespace SupportOps.CommandCenter.Reports;

/// <summary>The executive dashboard: the health report's figures and narrative with its daily trend.</summary>
/// <param name="Period">The period label.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day (inclusive).</param>
/// <param name="Figures">The headline figures with their change on the previous period.</param>
/// <param name="Narrative">The narrative.</param>
/// <param name="Series">One point per day, with drilldowns.</param>
/// <param name="SlaAttainment">Per timer over the period.</param>
public sealed record ExecutiveDashboard(
    string Period,
    string From,
    string To,
    IReadOnlyList<ReportFigure> Figures,
    IReadOnlyList<ReportSentence> Narrative,
    IReadOnlyList<DashboardDayPoint> Series,
    IReadOnlyList<DashboardTimerPoint> SlaAttainment);
