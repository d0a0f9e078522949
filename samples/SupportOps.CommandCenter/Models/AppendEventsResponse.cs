using System.Text.Json;

namespace SupportOps.CommandCenter.Models;

/// <summary>The outcome of an append.</summary>
/// <param name="TicketId">The ticket id.</param>
/// <param name="Version">The stream version afterwards.</param>
/// <param name="Appended">How many events were new.</param>
/// <param name="Duplicates">How many were duplicates of stored events (not written again).</param>
/// <param name="Events">One stored envelope per requested event, in request order.</param>
/// <param name="Ticket">The ticket's snapshot after the append.</param>
public sealed record AppendEventsResponse(string TicketId, long Version, int Appended, int Duplicates, IReadOnlyList<JsonElement> Events, TicketSummary? Ticket);
