using System.Collections.Concurrent;
using SupportOps.Adapters.Outbox;

namespace SupportOps.CommandCenter.Outbox;

/// <summary>The messages the mock notification sinks of this host instance delivered, in delivery order.</summary>
/// <remarks>Singleton and thread-safe. In-memory: it shows what this process sent, not the outbox's history.</remarks>
public sealed class MockNotificationLog
{
    private readonly ConcurrentQueue<OutboxMessage> _delivered = new();

    /// <summary>Gets the number of delivered messages.</summary>
    public int Count => _delivered.Count;

    /// <summary>Gets a copy of the delivered messages.</summary>
    public IReadOnlyList<OutboxMessage> Delivered => [.. _delivered];

    /// <summary>Records a delivery.</summary>
    /// <param name="message">The message; must not be null.</param>
    public void Record(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _delivered.Enqueue(message);
    }
}
