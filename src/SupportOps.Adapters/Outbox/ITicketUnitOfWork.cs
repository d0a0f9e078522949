using SupportOps.EventTimeline.Storage;

namespace SupportOps.Adapters.Outbox;

/// <summary>
/// Appends a ticket's events and enqueues the notifications they cause as one atomic unit: either
/// both are stored or neither is.
/// </summary>
/// <remarks>
/// A database-backed implementation wraps the event insert and the outbox insert in one transaction;
/// <see cref="InMemoryUnitOfWork"/> does it under one lock. Implementations must be thread-safe.
/// </remarks>
public interface ITicketUnitOfWork
{
    /// <summary>Appends events and enqueues messages atomically.</summary>
    /// <param name="events">The events to append, with the expected version. Must not be null.</param>
    /// <param name="messages">The messages the events cause; keys already in the outbox are skipped. Must not be null.</param>
    /// <param name="cancellationToken">Cancels the commit before anything is written.</param>
    /// <returns>The append result.</returns>
    /// <exception cref="EventStreamConcurrencyException">The stream moved; nothing was written or enqueued.</exception>
    ValueTask<AppendResult> CommitAsync(AppendRequest events, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default);
}
