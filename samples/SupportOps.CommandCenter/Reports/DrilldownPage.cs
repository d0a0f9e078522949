namespace SupportOps.CommandCenter.Reports;

/// <summary>The tickets behind a dashboard point, one page in ticket id order.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="TicketIds">The ticket ids (each once).</param>
/// <param name="NextAfter">Pass as <c>after</c> for the next page; null on the last page.</param>
public sealed record DrilldownPage(string Metric, string From, string To, IReadOnlyList<string> TicketIds, string? NextAfter);
