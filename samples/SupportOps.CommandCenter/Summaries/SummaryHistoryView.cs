namespace SupportOps.CommandCenter.Summaries;

/// <summary>A ticket's summary versions, newest first.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="Versions">The versions, newest first.</param>
public sealed record SummaryHistoryView(string TicketId, IReadOnlyList<TicketSummaryView> Versions);
