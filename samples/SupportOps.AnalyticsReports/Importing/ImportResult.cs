using SupportOps.Analytics.Inputs;

namespace SupportOps.AnalyticsReports.Importing;

/// <summary>The timelines of an import and what the import rules dropped or assumed.</summary>
/// <param name="Tickets">One history per ticket, ordered by ticket id.</param>
/// <param name="Rows">Rows (events) read.</param>
/// <param name="Duplicates">Exact duplicate rows dropped.</param>
/// <param name="Events">Timeline events written.</param>
internal sealed record ImportResult(IReadOnlyList<TicketHistory> Tickets, int Rows, int Duplicates, int Events);
