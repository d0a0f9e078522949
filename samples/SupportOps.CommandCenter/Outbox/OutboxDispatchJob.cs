using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using SupportOps.Adapters.Outbox;
using SupportOps.Adapters.Ports;
using SupportOps.CommandCenter.Background;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Outbox;

/// <summary>
/// One outbox dispatcher pass: claim a batch of due messages, send each once through the notification
/// sink for its channel, and record the outcome — sent; pending again with a backoff after a transient
/// failure; dead after a permanent failure or the last attempt.
/// </summary>
/// <remarks>
/// <para>Retries are persisted (attempts and the next attempt's instant are columns), not slept through,
/// so a pass never blocks and another instance can pick up a retry. Every outcome is written only while
/// the row still carries this pass's claim token.</para>
/// </remarks>
/// <param name="db">The context.</param>
/// <param name="claims">Claims batches.</param>
/// <param name="sinks">The notification sinks, one per channel.</param>
/// <param name="identity">Makes claim tokens.</param>
/// <param name="clock">The clock.</param>
/// <param name="options">Batch size and retry policy.</param>
public sealed class OutboxDispatchJob(
    CommandCenterDbContext db,
    IOutboxClaimStrategy claims,
    IEnumerable<INotificationSink> sinks,
    InstanceIdentity identity,
    IClock clock,
    IOptions<OutboxOptions> options) : IBackgroundJob
{
    /// <summary>The job name.</summary>
    public const string JobName = "outbox-dispatch";

    /// <inheritdoc />
    public string Name => JobName;

    /// <inheritdoc />
    public async Task<string> RunOnceAsync(CancellationToken cancellationToken)
    {
        var result = await DispatchAsync(cancellationToken).ConfigureAwait(false);
        return $"{result.Claimed} claimed, {result.Sent} sent, {result.Retried} to retry, {result.Dead} dead";
    }

    /// <summary>Claims and sends one batch.</summary>
    /// <param name="cancellationToken">Cancels the pass; claimed, unsent messages are released.</param>
    /// <returns>How many were sent, rescheduled and dead.</returns>
    public async Task<OutboxDispatchSummary> DispatchAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var bySink = sinks.ToDictionary(s => s.Channel);
        var token = identity.NextClaimToken();
        var batch = await claims.ClaimAsync(db, token, clock.GetCurrentInstant(), Duration.FromTimeSpan(settings.ClaimTimeout), settings.BatchSize, cancellationToken).ConfigureAwait(false);
        int sent = 0, retried = 0, dead = 0;
        foreach (var record in batch)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                await ReleaseAsync(record.Id, token).ConfigureAwait(false);
                continue;
            }

            var attempts = record.Attempts + 1;
            string? error = null;
            var permanent = false;
            try
            {
                var message = OutboxStore.ToMessage(record);
                if (!bySink.TryGetValue(message.Channel, out var sink))
                {
                    throw new NotificationDeliveryException($"No notification sink is registered for the channel {Vocabulary.Wire(message.Channel)}.", isTransient: false);
                }

                await sink.SendAsync(message, cancellationToken).ConfigureAwait(false);
            }
            catch (NotificationDeliveryException exception)
            {
                error = exception.Message;
                permanent = !exception.IsTransient;
            }
            catch (TimeoutException exception)
            {
                error = $"timeout: {exception.Message}";
            }
            catch (FormatException exception)
            {
                error = exception.Message;
                permanent = true;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await ReleaseAsync(record.Id, token).ConfigureAwait(false);
                continue;
            }
#pragma warning disable CA1031 // A sink that fails in an unexpected way counts as a failed attempt, so it cannot loop forever.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                error = $"{exception.GetType().Name}: {exception.Message}";
            }

            var now = clock.GetCurrentInstant().ToUnixTimeTicks();
            if (error is null)
            {
                await Mine(record.Id, token).ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.Attempts, attempts)
                        .SetProperty(m => m.SentAtTicks, now).SetProperty(m => m.LastError, (string?)null)
                        .SetProperty(m => m.ClaimToken, (string?)null).SetProperty(m => m.ClaimExpiresAtTicks, 0L),
                    CancellationToken.None).ConfigureAwait(false);
                sent++;
            }
            else if (permanent || attempts >= settings.MaxAttempts)
            {
                var reason = Truncate(string.Create(CultureInfo.InvariantCulture, $"{(permanent ? "permanent failure" : $"gave up after {attempts} attempts")}: {error}"));
                await Mine(record.Id, token).ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.Status, OutboxStatus.Dead).SetProperty(m => m.Attempts, attempts)
                        .SetProperty(m => m.LastError, reason)
                        .SetProperty(m => m.ClaimToken, (string?)null).SetProperty(m => m.ClaimExpiresAtTicks, 0L),
                    CancellationToken.None).ConfigureAwait(false);
                dead++;
            }
            else
            {
                var next = now + settings.BackoffAfter(attempts).Ticks;
                var reason = Truncate(error);
                await Mine(record.Id, token).ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.Attempts, attempts)
                        .SetProperty(m => m.NotBeforeTicks, next).SetProperty(m => m.LastError, reason)
                        .SetProperty(m => m.ClaimToken, (string?)null).SetProperty(m => m.ClaimExpiresAtTicks, 0L),
                    CancellationToken.None).ConfigureAwait(false);
                retried++;
            }
        }

        return new OutboxDispatchSummary(batch.Count, sent, retried, dead);
    }

    private static string Truncate(string text) => text.Length <= 2000 ? text : text[..2000];

    private IQueryable<OutboxMessageRecord> Mine(long id, string token)
        => db.OutboxMessages.Where(m => m.Id == id && m.ClaimToken == token);

    private Task<int> ReleaseAsync(long id, string token)
        => Mine(id, token).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.ClaimToken, (string?)null).SetProperty(m => m.ClaimExpiresAtTicks, 0L),
            CancellationToken.None);
}
