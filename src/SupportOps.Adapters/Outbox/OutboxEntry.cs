using NodaTime;
using SupportOps.Adapters.Internal;

namespace SupportOps.Adapters.Outbox;

/// <summary>A message in the outbox together with its delivery state.</summary>
public sealed record OutboxEntry
{
    /// <summary>Initializes an entry.</summary>
    /// <param name="message">The message. Must not be null.</param>
    /// <param name="status">The delivery state.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public OutboxEntry(OutboxMessage message, OutboxMessageStatus status)
    {
        Message = Guard.NotNull(message);
        Status = status;
    }

    /// <summary>Gets the message.</summary>
    public OutboxMessage Message { get; }

    /// <summary>Gets the delivery state.</summary>
    public OutboxMessageStatus Status { get; init; }

    /// <summary>Gets how many send attempts were made.</summary>
    public int Attempts { get; init; }

    /// <summary>Gets when the message was delivered, once <see cref="Status"/> is <see cref="OutboxMessageStatus.Sent"/>.</summary>
    public Instant? SentAt { get; init; }

    /// <summary>Gets the last failure, once an attempt has failed.</summary>
    public string? LastError { get; init; }
}
