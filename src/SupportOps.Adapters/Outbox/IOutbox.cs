using NodaTime;

namespace SupportOps.Adapters.Outbox;

/// <summary>
/// Notifications waiting to be delivered, written in the same unit of work as the events that
/// caused them and delivered by <see cref="OutboxDispatcher"/>.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe, idempotent on <see cref="OutboxMessage.MessageKey"/>, and
/// make <see cref="TryClaimAsync"/> atomic so that two dispatchers never send the same key.
/// </remarks>
public interface IOutbox
{
    /// <summary>Adds a message unless one with the same key exists.</summary>
    /// <param name="message">The message. Must not be null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when added; <see langword="false"/> when the key was already there.</returns>
    ValueTask<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken = default);

    /// <summary>Lists the pending messages, oldest first.</summary>
    /// <param name="maxCount">The most to return. Must be positive.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The pending entries.</returns>
    ValueTask<IReadOnlyList<OutboxEntry>> GetPendingAsync(int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Gets one entry.</summary>
    /// <param name="messageKey">The message key. Must not be null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The entry, or null when the key is unknown.</returns>
    ValueTask<OutboxEntry?> FindAsync(string messageKey, CancellationToken cancellationToken = default);

    /// <summary>Moves a pending message to <see cref="OutboxMessageStatus.Dispatching"/>.</summary>
    /// <param name="messageKey">The message key. Must not be null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when this caller now owns the message; <see langword="false"/> when it is not pending.</returns>
    ValueTask<bool> TryClaimAsync(string messageKey, CancellationToken cancellationToken = default);

    /// <summary>Records a successful delivery.</summary>
    /// <param name="messageKey">The message key. Must not be null.</param>
    /// <param name="attempts">How many attempts it took.</param>
    /// <param name="sentAt">When it was delivered.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the state is stored.</returns>
    ValueTask MarkSentAsync(string messageKey, int attempts, Instant sentAt, CancellationToken cancellationToken = default);

    /// <summary>Records that delivery gave up.</summary>
    /// <param name="messageKey">The message key. Must not be null.</param>
    /// <param name="attempts">How many attempts were made.</param>
    /// <param name="error">The last failure. Must not be null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the state is stored.</returns>
    ValueTask MarkFailedAsync(string messageKey, int attempts, string error, CancellationToken cancellationToken = default);

    /// <summary>Returns a claimed message to <see cref="OutboxMessageStatus.Pending"/> (dispatch was cancelled before it finished).</summary>
    /// <param name="messageKey">The message key. Must not be null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the state is stored.</returns>
    ValueTask ReleaseClaimAsync(string messageKey, CancellationToken cancellationToken = default);
}
