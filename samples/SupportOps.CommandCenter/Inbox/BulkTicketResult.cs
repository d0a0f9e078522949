namespace SupportOps.CommandCenter.Inbox;

/// <summary>The outcome of a bulk action on one ticket.</summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="Outcome"><c>ok</c> (appended, or already appended by this request id), <c>conflict</c> (another version than expected, or closed) or <c>not_found</c>.</param>
/// <param name="Version">The ticket's version afterwards (for <c>conflict</c>, its current version), or null when not found.</param>
/// <param name="Duplicate">Whether this request id had already been applied to the ticket (nothing new was written).</param>
/// <param name="Detail">A human-readable explanation for <c>conflict</c> and <c>not_found</c>.</param>
public sealed record BulkTicketResult(string TicketId, string Outcome, long? Version, bool Duplicate, string? Detail);
