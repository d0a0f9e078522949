namespace SupportOps.CommandCenter.Outbox;

/// <summary>An outbox message as the operations API shows it.</summary>
/// <param name="Id">The id.</param>
/// <param name="MessageKey">The idempotency key.</param>
/// <param name="Kind">What caused it.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Recipient">The recipient.</param>
/// <param name="Subject">The subject.</param>
/// <param name="TicketId">The ticket, if any.</param>
/// <param name="Status">The state.</param>
/// <param name="Attempts">Attempts made.</param>
/// <param name="CreatedAt">When it was enqueued.</param>
/// <param name="NotBefore">The earliest next attempt (business hours, backoff).</param>
/// <param name="SentAt">When it was sent, or null.</param>
/// <param name="LastError">The last error, or null.</param>
public sealed record OutboxMessageView(
    long Id, string MessageKey, string Kind, string Channel, string Recipient, string Subject, string? TicketId, string Status,
    int Attempts, string CreatedAt, string NotBefore, string? SentAt, string? LastError);
