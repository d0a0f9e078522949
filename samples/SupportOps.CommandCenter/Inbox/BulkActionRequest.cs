namespace SupportOps.CommandCenter.Inbox;

/// <summary>A bulk action on up to 200 tickets (<c>POST /api/v1/tickets/bulk</c>).</summary>
/// <param name="Action"><c>assign</c> or <c>escalate</c>.</param>
/// <param name="TicketIds">The tickets, 1 to 200, without repeats.</param>
/// <param name="Target">For <c>assign</c>, the agent id (required); for <c>escalate</c>, where to (optional).</param>
/// <param name="Reason">Why; required for <c>escalate</c>, optional for <c>assign</c>; at most 500 characters.</param>
/// <param name="RequestId">The client's idempotency key for this bulk request (1 to 100 characters): resending the same request appends nothing twice.</param>
/// <param name="ExpectedVersions">Optional per-ticket versions the client saw; a ticket at another version is a conflict and is left alone.</param>
public sealed record BulkActionRequest(
    string? Action,
    IReadOnlyList<string?>? TicketIds,
    string? Target,
    string? Reason,
    string? RequestId,
    IReadOnlyDictionary<string, long>? ExpectedVersions);
