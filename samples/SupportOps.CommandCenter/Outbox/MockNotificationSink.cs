using SupportOps.Adapters.Outbox;
using SupportOps.Adapters.Ports;

namespace SupportOps.CommandCenter.Outbox;

/// <summary>
/// A mock Slack or email notification port: "delivers" by recording the message in the
/// <see cref="MockNotificationLog"/>, which the demo and the tests read. Production hosts register real
/// <see cref="INotificationSink"/>s instead (the adapters ship none yet).
/// </summary>
/// <param name="channel">The channel it serves.</param>
/// <param name="log">Where delivered messages go.</param>
public sealed class MockNotificationSink(OutboxChannel channel, MockNotificationLog log) : INotificationSink
{
    /// <inheritdoc />
    public OutboxChannel Channel { get; } = channel;

    /// <inheritdoc />
    public ValueTask<AdapterHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
        => ValueTask.FromResult(AdapterHealth.Healthy($"mock {Channel} sink: {log.Count} delivered"));

    /// <inheritdoc />
    public ValueTask SendAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        log.Record(message);
        return ValueTask.CompletedTask;
    }
}
