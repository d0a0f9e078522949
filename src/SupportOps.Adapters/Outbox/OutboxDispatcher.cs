using Microsoft.Extensions.Options;
using NodaTime;
using Polly;
using Polly.Retry;
using SupportOps.Adapters.Internal;
using SupportOps.Adapters.Ports;

namespace SupportOps.Adapters.Outbox;

/// <summary>
/// Delivers pending outbox messages through the notification sinks, retrying transient failures
/// with exponential backoff (a Polly retry strategy) and never sending a message key twice.
/// </summary>
/// <remarks>
/// <para>
/// Each message is claimed (<see cref="IOutbox.TryClaimAsync"/>) before its first attempt, so two
/// dispatchers, or a dispatch pass that is itself retried, cannot send it twice; once sent it is
/// marked <see cref="OutboxMessageStatus.Sent"/> and never taken again. A transient failure
/// (<see cref="NotificationDeliveryException.IsTransient"/> or <see cref="TimeoutException"/>) is
/// retried up to <see cref="OutboxDispatcherOptions.MaxAttempts"/> attempts in total; a permanent
/// failure, a missing sink or running out of attempts marks the message
/// <see cref="OutboxMessageStatus.Failed"/> with the last error.
/// </para>
/// <para>
/// Delays are measured on the injected <see cref="TimeProvider"/>, so tests drive them with a
/// fake time provider instead of sleeping. One pass handles messages one after another.
/// </para>
/// </remarks>
public sealed class OutboxDispatcher
{
    private readonly IOutbox outbox;
    private readonly Dictionary<OutboxChannel, INotificationSink> sinks;
    private readonly OutboxDispatcherOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ResiliencePipeline pipeline;

    /// <summary>Initializes a dispatcher.</summary>
    /// <param name="outbox">The outbox to drain. Must not be null.</param>
    /// <param name="sinks">The sinks, at most one per channel. Must not be null.</param>
    /// <param name="options">The delivery options. Must not be null and must be valid.</param>
    /// <param name="timeProvider">Measures retry delays and stamps delivery times. Must not be null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two sinks serve the same channel.</exception>
    /// <exception cref="OptionsValidationException">The options are invalid.</exception>
    public OutboxDispatcher(IOutbox outbox, IEnumerable<INotificationSink> sinks, IOptions<OutboxDispatcherOptions> options, TimeProvider timeProvider)
    {
        this.outbox = Guard.NotNull(outbox);
        this.options = Guard.NotNull(options).Value;
        this.timeProvider = Guard.NotNull(timeProvider);
        var validation = new OutboxDispatcherOptionsValidator().Validate(Options.DefaultName, this.options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(OutboxDispatcherOptions), validation.Failures);
        }

        this.sinks = [];
        foreach (var sink in Guard.NotNull(sinks))
        {
            if (!this.sinks.TryAdd(sink.Channel, sink))
            {
                throw new ArgumentException($"Two notification sinks serve the channel {sink.Channel}.", nameof(sinks));
            }
        }

        pipeline = BuildPipeline(this.options, timeProvider);
    }

    /// <summary>Delivers up to <see cref="OutboxDispatcherOptions.BatchSize"/> pending messages.</summary>
    /// <param name="cancellationToken">Cancels the pass; a message being sent is returned to pending.</param>
    /// <returns>What the pass did.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async ValueTask<OutboxDispatchResult> DispatchPendingAsync(CancellationToken cancellationToken = default)
    {
        int sent = 0, failed = 0, skipped = 0;
        foreach (var entry in await outbox.GetPendingAsync(options.BatchSize, cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = entry.Message.MessageKey;
            if (!await outbox.TryClaimAsync(key, cancellationToken).ConfigureAwait(false))
            {
                skipped++;
                continue;
            }

            if (await DeliverClaimedAsync(entry.Message, cancellationToken).ConfigureAwait(false))
            {
                sent++;
            }
            else
            {
                failed++;
            }
        }

        return new OutboxDispatchResult(sent, failed, skipped);
    }

    private static ResiliencePipeline BuildPipeline(OutboxDispatcherOptions options, TimeProvider timeProvider)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<NotificationDeliveryException>(exception => exception.IsTransient)
                    .Handle<TimeoutException>(),
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                UseJitter = options.UseJitter,
            });
        }

        return builder.Build();
    }

    private async ValueTask<bool> DeliverClaimedAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var key = message.MessageKey;
        if (!sinks.TryGetValue(message.Channel, out var sink))
        {
            await outbox.MarkFailedAsync(key, 0, $"No notification sink is registered for the channel {message.Channel}.", cancellationToken).ConfigureAwait(false);
            return false;
        }

        var attempts = 0;
        try
        {
            await pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    await sink.SendAsync(message, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await outbox.ReleaseClaimAsync(key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await outbox.MarkFailedAsync(key, attempts, $"{exception.GetType().Name}: {exception.Message}", CancellationToken.None).ConfigureAwait(false);
            return false;
        }

        var sentAt = Instant.FromDateTimeOffset(timeProvider.GetUtcNow());
        await outbox.MarkSentAsync(key, attempts, sentAt, CancellationToken.None).ConfigureAwait(false);
        return true;
    }
}
