using SupportOps.Adapters.Internal;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.Adapters.Outbox;

/// <summary>
/// An <see cref="ITicketUnitOfWork"/> over an <see cref="InMemoryEventStore"/> and an
/// <see cref="InMemoryOutbox"/>: the append and the enqueue happen under the outbox's lock, and the
/// messages are enqueued only when the append succeeded, so no dispatcher ever sees a message whose
/// event was not stored, and no stored event loses its message.
/// </summary>
/// <remarks>
/// Message keys are idempotent: committing the same events and messages again (a redelivery) appends
/// nothing and enqueues nothing new. Thread-safe.
/// </remarks>
public sealed class InMemoryUnitOfWork : ITicketUnitOfWork
{
    private readonly InMemoryEventStore store;
    private readonly InMemoryOutbox outbox;

    /// <summary>Initializes a unit of work.</summary>
    /// <param name="store">The event store. Must not be null.</param>
    /// <param name="outbox">The outbox. Must not be null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public InMemoryUnitOfWork(InMemoryEventStore store, InMemoryOutbox outbox)
    {
        this.store = Guard.NotNull(store);
        this.outbox = Guard.NotNull(outbox);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or <paramref name="messages"/> is null, or a message is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ValueTask<AppendResult> CommitAsync(AppendRequest events, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(events);
        Guard.NotNull(messages);
        foreach (var message in messages)
        {
            Guard.NotNull(message);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var result = outbox.WithLock(locked =>
        {
            // Throws before anything is enqueued when the stream moved.
            var appended = store.Append(events);
            foreach (var message in messages)
            {
                locked.EnqueueLocked(message);
            }

            return appended;
        });
        return ValueTask.FromResult(result);
    }
}
