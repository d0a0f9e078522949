namespace SupportOps.CommandCenter.Inbox;

/// <summary>The outcome of a bulk action: one result per requested ticket, in request order.</summary>
/// <param name="Action">The action.</param>
/// <param name="Ok">How many tickets ended <c>ok</c>.</param>
/// <param name="Conflicts">How many ended <c>conflict</c>.</param>
/// <param name="NotFound">How many ended <c>not_found</c>.</param>
/// <param name="Results">The per-ticket results.</param>
public sealed record BulkActionResponse(string Action, int Ok, int Conflicts, int NotFound, IReadOnlyList<BulkTicketResult> Results);
