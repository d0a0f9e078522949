using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using SupportOps.CommandCenter.Apis;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Inbox;

/// <summary>
/// Publishes appends made by other host instances (and any this instance's observer missed) to the live
/// inbox by polling the events table by recorded position (<see cref="EventRecord.Id"/>).
/// </summary>
/// <remarks>
/// <para>Starts at the newest event when it first polls (no history is replayed). Each poll re-reads a
/// small window below its position, because on PostgreSQL identity values can commit out of order;
/// the broadcaster drops changes it already published, so the re-read costs nothing visible.</para>
/// </remarks>
/// <param name="scopes">Creates a scope (a context) per poll.</param>
/// <param name="broadcaster">The live-update fan-out.</param>
/// <param name="clock">The clock the rows' countdowns are computed against.</param>
/// <param name="options">The poll interval and batch size.</param>
/// <param name="logger">Logs failed polls.</param>
internal sealed partial class InboxEventPoller(
    IServiceScopeFactory scopes,
    InboxBroadcaster broadcaster,
    IClock clock,
    IOptions<InboxOptions> options,
    ILogger<InboxEventPoller> logger) : BackgroundService
{
    /// <summary>How far below its position each poll looks again.</summary>
    internal const long Lookback = 256;

    private long? _position;

    /// <summary>Polls once: publishes the tickets whose events were recorded after the last poll.</summary>
    /// <param name="cancellationToken">Cancels the poll.</param>
    /// <returns>The number of changes published.</returns>
    internal async Task<int> PollOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        if (_position is not { } position)
        {
            _position = await db.Events.MaxAsync(e => (long?)e.Id, cancellationToken).ConfigureAwait(false) ?? 0;
            return 0;
        }

        var from = Math.Max(0, position - Lookback);
        var recent = await db.Events.AsNoTracking()
            .Where(e => e.Id > from)
            .OrderBy(e => e.Id)
            .Take(options.Value.PollBatchSize)
            .Select(e => new { e.Id, e.TicketId, e.Version })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (recent.Count == 0)
        {
            return 0;
        }

        _position = Math.Max(position, recent[^1].Id);
        var changed = recent
            .GroupBy(e => e.TicketId, StringComparer.Ordinal)
            .Select(g => (TicketId: g.Key, Version: g.Max(e => e.Version)))
            .Where(c => !broadcaster.WasPublished(c.TicketId, c.Version))
            .Select(c => c.TicketId)
            .ToList();
        if (changed.Count == 0)
        {
            return 0;
        }

        var rows = await db.TicketSnapshots.AsNoTracking().Where(t => changed.Contains(t.TicketId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetCurrentInstant();
        var published = 0;
        foreach (var row in rows.OrderBy(r => r.TicketId, StringComparer.Ordinal))
        {
            if (broadcaster.Publish(new InboxChange(row.TicketId, row.Version, TicketsApi.ToSummary(row, now))))
            {
                published++;
            }
        }

        return published;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        do
        {
            try
            {
                await PollOnceAsync(stoppingToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // A failed poll (database briefly unavailable) must not stop live updates; the next poll retries.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogPollFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling the events table for live inbox updates failed; retrying at the next tick.")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
