using System.Collections.Immutable;

namespace SupportOps.RiskEvaluation.History;

/// <summary>The result of reading a helpdesk log.</summary>
/// <param name="Tickets">The tickets, ordered by creation then id.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="DuplicateRows">Exact duplicate rows dropped.</param>
public sealed record HelpdeskLogImport(ImmutableArray<HistoricalTicket> Tickets, int Rows, int DuplicateRows);
