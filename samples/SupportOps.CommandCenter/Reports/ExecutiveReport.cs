namespace SupportOps.CommandCenter.Reports;

/// <summary>The executive health report of a period, computed from the daily rollups.</summary>
/// <param name="Title">The title.</param>
/// <param name="Period">The period label (<c>last_7_days</c>, <c>2026-w10</c>, …).</param>
/// <param name="From">The first day (ISO date, support calendar).</param>
/// <param name="To">The last day, inclusive.</param>
/// <param name="PreviousFrom">The first day of the previous period of the same length.</param>
/// <param name="PreviousTo">The last day of the previous period.</param>
/// <param name="TimeZone">The zone days are counted in.</param>
/// <param name="GeneratedAt">When the report was computed (ISO-8601).</param>
/// <param name="Figures">The headline figures with their change on the previous period.</param>
/// <param name="SlaByTimer">SLA attainment per timer.</param>
/// <param name="Queues">Per-queue health, worst SLA attainment first.</param>
/// <param name="Daily">The trend per day.</param>
/// <param name="Narrative">The narrative, sentence by sentence, each citing the figures it uses.</param>
/// <param name="Risks">The risks called out (queues and timers below the attainment target).</param>
public sealed record ExecutiveReport(
    string Title,
    string Period,
    string From,
    string To,
    string PreviousFrom,
    string PreviousTo,
    string TimeZone,
    string GeneratedAt,
    IReadOnlyList<ReportFigure> Figures,
    IReadOnlyList<ReportTimerRow> SlaByTimer,
    IReadOnlyList<ReportQueueRow> Queues,
    IReadOnlyList<ReportDayRow> Daily,
    IReadOnlyList<ReportSentence> Narrative,
    IReadOnlyList<string> Risks);
