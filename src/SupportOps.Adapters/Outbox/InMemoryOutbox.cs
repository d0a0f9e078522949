using NodaTime;
using SupportOps.Adapters.Internal;

namespace SupportOps.Adapters.Outbox;

/// <summary>A thread-safe in-memory <see cref="IOutbox"/> for tests, samples and single-process apps.</summary>
/// <remarks>
/// Used together with an in-memory unit of work, messages are enqueued atomically with the
/// events that caused them.
/// </remarks>
public sealed class InMemoryOutbox : IOutbox
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, OutboxEntry> entries = new(StringComparer.Ordinal);
    private readonly List<string> order = [];

    /// <summary>Gets a snapshot of every entry, in the order they were enqueued.</summary>
    public IReadOnlyList<OutboxEntry> Entries
    {
        get
        {
            lock (gate)
            {
                return [.. order.Select(key => entries[key])];
            }
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public ValueTask<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(message);
        lock (gate)
        {
            return ValueTask.FromResult(EnqueueLocked(message));
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCount"/> is not positive.</exception>
    public ValueTask<IReadOnlyList<OutboxEntry>> GetPendingAsync(int maxCount, CancellationToken cancellationToken = default)
    {
        Guard.Positive(maxCount);
        lock (gate)
        {
            IReadOnlyList<OutboxEntry> pending = [.. order.Select(key => entries[key]).Where(entry => entry.Status == OutboxMessageStatus.Pending).Take(maxCount)];
            return ValueTask.FromResult(pending);
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="messageKey"/> is null.</exception>
    public ValueTask<OutboxEntry?> FindAsync(string messageKey, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(messageKey);
        lock (gate)
        {
            return ValueTask.FromResult(entries.GetValueOrDefault(messageKey));
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="messageKey"/> is null.</exception>
    public ValueTask<bool> TryClaimAsync(string messageKey, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(messageKey);
        lock (gate)
        {
            if (!entries.TryGetValue(messageKey, out var entry) || entry.Status != OutboxMessageStatus.Pending)
            {
                return ValueTask.FromResult(false);
            }

            entries[messageKey] = entry with { Status = OutboxMessageStatus.Dispatching };
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="messageKey"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No message has the key.</exception>
    public ValueTask MarkSentAsync(string messageKey, int attempts, Instant sentAt, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(messageKey);
        lock (gate)
        {
            entries[messageKey] = Get(messageKey) with { Status = OutboxMessageStatus.Sent, Attempts = attempts, SentAt = sentAt };
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="messageKey"/> or <paramref name="error"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No message has the key.</exception>
    public ValueTask MarkFailedAsync(string messageKey, int attempts, string error, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(messageKey);
        Guard.NotNull(error);
        lock (gate)
        {
            entries[messageKey] = Get(messageKey) with { Status = OutboxMessageStatus.Failed, Attempts = attempts, LastError = error };
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="messageKey"/> is null.</exception>
    public ValueTask ReleaseClaimAsync(string messageKey, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(messageKey);
        lock (gate)
        {
            if (entries.TryGetValue(messageKey, out var entry) && entry.Status == OutboxMessageStatus.Dispatching)
            {
                entries[messageKey] = entry with { Status = OutboxMessageStatus.Pending };
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Runs an action while holding the outbox lock, so a unit of work can validate and enqueue atomically.</summary>
    internal T WithLock<T>(Func<InMemoryOutbox, T> action)
    {
        lock (gate)
        {
            return action(this);
        }
    }

    internal bool ContainsLocked(string messageKey) => entries.ContainsKey(messageKey);

    internal bool EnqueueLocked(OutboxMessage message)
    {
        if (!entries.TryAdd(message.MessageKey, new OutboxEntry(message, OutboxMessageStatus.Pending)))
        {
            return false;
        }

        order.Add(message.MessageKey);
        return true;
    }

    private OutboxEntry Get(string messageKey) =>
        entries.TryGetValue(messageKey, out var entry)
            ? entry
            : throw new KeyNotFoundException($"No outbox message has the key '{messageKey}'.");
}
