using System.Collections.Concurrent;
using SupportOps.Adapters.Outbox;
using SupportOps.Adapters.Ports;

namespace SupportOps.CommandCenter.Tests.Background;

/// <summary>A sink that fails as scripted (transiently the first N sends, or always permanently) and records what it delivered.</summary>
public sealed class FakeNotificationSink(OutboxChannel channel, int transientFailures = 0, bool permanent = false, bool buggy = false) : INotificationSink
{
    private int _calls;

    public OutboxChannel Channel { get; } = channel;

    public int Calls => _calls;

    public ConcurrentQueue<OutboxMessage> Delivered { get; } = new();

    public ValueTask<AdapterHealth> CheckHealthAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(AdapterHealth.Healthy("fake"));

    public ValueTask SendAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        var call = Interlocked.Increment(ref _calls);
        if (buggy)
        {
            throw new InvalidOperationException("the sink has a bug");
        }

        if (permanent)
        {
            throw new NotificationDeliveryException("recipient does not exist", isTransient: false);
        }

        if (call <= transientFailures)
        {
            throw new NotificationDeliveryException($"service unavailable (call {call})");
        }

        Delivered.Enqueue(message);
        return ValueTask.CompletedTask;
    }
}
