using SupportOps.Adapters.Outbox;

namespace SupportOps.Adapters.Ports;

/// <summary>Delivers notifications to one channel (Slack, e-mail).</summary>
/// <remarks>
/// <para>
/// <see cref="SendAsync"/> signals failure by throwing: <see cref="NotificationDeliveryException"/>
/// with <see cref="NotificationDeliveryException.IsTransient"/> set for failures worth retrying
/// (timeouts, rate limits, 5xx), cleared for permanent ones (unknown channel, invalid address).
/// Implementations must be thread-safe.
/// </para>
/// </remarks>
public interface INotificationSink
{
    /// <summary>Gets the channel this sink delivers to.</summary>
    OutboxChannel Channel { get; }

    /// <summary>Checks whether the sink can deliver.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The health.</returns>
    ValueTask<AdapterHealth> CheckHealthAsync(CancellationToken cancellationToken = default);

    /// <summary>Delivers one message.</summary>
    /// <param name="message">The message. Must not be null.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>A task that completes when the message was accepted by the channel.</returns>
    /// <exception cref="NotificationDeliveryException">The channel did not accept the message.</exception>
    ValueTask SendAsync(OutboxMessage message, CancellationToken cancellationToken = default);
}
