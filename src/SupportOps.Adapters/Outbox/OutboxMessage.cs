using NodaTime;
using SupportOps.Adapters.Internal;

namespace SupportOps.Adapters.Outbox;

/// <summary>A notification waiting in the outbox to be delivered exactly once.</summary>
/// <remarks>
/// <para>
/// <see cref="MessageKey"/> is the idempotency key: an outbox stores one message per key and the
/// dispatcher never sends a key twice. Derive it from what caused the message, for example
/// <c>sla-warning:{ticketId}:{eventId}:slack</c>, so that re-running the cause re-creates the same key.
/// </para>
/// </remarks>
public sealed record OutboxMessage
{
    /// <summary>Initializes a message.</summary>
    /// <param name="messageKey">The idempotency key. Must not be null or empty.</param>
    /// <param name="channel">Where the message goes.</param>
    /// <param name="recipient">The Slack channel or e-mail address. Must not be null or empty.</param>
    /// <param name="subject">The subject (e-mail) or headline (Slack). Must not be null.</param>
    /// <param name="body">The plain-text body. Must not be null.</param>
    /// <param name="createdAt">When the message was written to the outbox.</param>
    /// <exception cref="ArgumentNullException">A string argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="messageKey"/> or <paramref name="recipient"/> is empty.</exception>
    public OutboxMessage(string messageKey, OutboxChannel channel, string recipient, string subject, string body, Instant createdAt)
    {
        MessageKey = Guard.NotNullOrWhiteSpace(messageKey);
        Channel = channel;
        Recipient = Guard.NotNullOrWhiteSpace(recipient);
        Subject = Guard.NotNull(subject);
        Body = Guard.NotNull(body);
        CreatedAt = createdAt;
    }

    /// <summary>Gets the idempotency key.</summary>
    public string MessageKey { get; }

    /// <summary>Gets where the message goes.</summary>
    public OutboxChannel Channel { get; }

    /// <summary>Gets the Slack channel or e-mail address.</summary>
    public string Recipient { get; }

    /// <summary>Gets the subject or headline.</summary>
    public string Subject { get; }

    /// <summary>Gets the plain-text body.</summary>
    public string Body { get; }

    /// <summary>Gets when the message was written to the outbox.</summary>
    public Instant CreatedAt { get; }

    /// <summary>Gets the ticket the message is about, when there is one.</summary>
    public string? TicketId { get; init; }
}
