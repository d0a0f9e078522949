using SupportOps.Adapters.Outbox;
using SupportOps.Adapters.Ports;

namespace SupportOps.Adapters.Tests.Outbox;

/// <summary>A fake sink that fails a scripted number of times per message, then records deliveries.</summary>
internal sealed class RecordingSink(OutboxChannel channel) : INotificationSink
{
    private readonly Dictionary<string, int> failuresLeft = new(StringComparer.Ordinal);

    public OutboxChannel Channel { get; } = channel;

    public List<string> Delivered { get; } = [];

    public List<string> Attempts { get; } = [];

    public bool FailPermanently { get; set; }

    public void FailNext(string messageKey, int times) => failuresLeft[messageKey] = times;

    public ValueTask<AdapterHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(AdapterHealth.Healthy("fake"));

    public ValueTask SendAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        Attempts.Add(message.MessageKey);
        if (FailPermanently)
        {
            throw new NotificationDeliveryException("channel_not_found", isTransient: false);
        }

        if (failuresLeft.TryGetValue(message.MessageKey, out var left) && left > 0)
        {
            failuresLeft[message.MessageKey] = left - 1;
            throw new NotificationDeliveryException("rate limited");
        }

        Delivered.Add(message.MessageKey);
        return ValueTask.CompletedTask;
    }
}
