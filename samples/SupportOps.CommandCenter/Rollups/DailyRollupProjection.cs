using Microsoft.EntityFrameworkCore;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Serialization;

namespace SupportOps.CommandCenter.Rollups;

/// <summary>
/// Keeps <see cref="RollupFactRecord"/> and <see cref="DailyRollupRecord"/> up to date inside each
/// append's transaction: the ticket's facts are re-derived from its whole stream, and the rollup rows
/// change by the difference between the old and the new facts.
/// </summary>
/// <remarks>
/// <para>Re-deriving from the whole stream (rather than from the appended events alone) keeps the
/// rollups exactly equal to a from-scratch recomputation even when a late event changes earlier
/// attribution or an SLA cycle becomes decided. Cost per append: one read of the ticket's stored
/// events and facts, and one lookup per touched rollup row.</para>
/// <para>Rollup rows carry a concurrency token: when two appends change the same row at once, one
/// fails with a concurrency error and the event store retries it from the start.</para>
/// <para>When several appends are saved together (<see cref="TicketProjectionContext.IsBatched"/>: a webhook
/// delivery's tickets), the facts of every ticket are replaced as they come, but the rollup rows change once,
/// at the end: the old and new facts of all tickets are summed per row, each row's transaction-scoped lock is
/// taken in a fixed order (PostgreSQL; on SQLite the writer already holds the database), and only then is the
/// row read and changed, so concurrent deliveries touching the same rows wait for each other instead of
/// failing on the concurrency token and starting over.</para>
/// </remarks>
/// <param name="extractor">Derives the facts.</param>
internal sealed class DailyRollupProjection(RollupFactExtractor extractor) : IBatchedTicketProjection
{
    private readonly List<RollupFact> _pendingOld = [];
    private readonly List<RollupFact> _pendingNew = [];

    /// <inheritdoc />
    public async ValueTask ApplyAsync(TicketProjectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = context.Db;
        var ticketId = context.Current.TicketId;
        var firstAppended = context.Appended[0].Version;
        var stream = context.Stream ?? await ReadStreamAsync(context, cancellationToken).ConfigureAwait(false);
        var newFacts = extractor.Extract(ticketId, stream);

        // Facts are derived from stored events: a stream that starts with this append has none yet.
        List<RollupFactRecord> oldRows = firstAppended == 1
            ? []
            : await db.RollupFacts.Where(f => f.TicketId == ticketId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var oldFacts = oldRows.Select(r => r.ToFact()).ToList();
        if (SameFacts(oldFacts, newFacts))
        {
            return;
        }

        db.RollupFacts.RemoveRange(oldRows);
        db.RollupFacts.AddRange(newFacts.Select(RollupFactRecord.From));
        if (context.IsBatched)
        {
            _pendingOld.AddRange(oldFacts);
            _pendingNew.AddRange(newFacts);
            return;
        }

        await ApplyDeltaAsync(db, oldFacts, newFacts, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask FlushAsync(CommandCenterDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (_pendingOld.Count == 0 && _pendingNew.Count == 0)
        {
            return;
        }

        var keys = _pendingOld.Concat(_pendingNew).Select(f => f.Key).Distinct()
            .OrderBy(k => k.Day).ThenBy(k => k.Queue, StringComparer.Ordinal).ThenBy(k => k.Channel, StringComparer.Ordinal)
            .ThenBy(k => k.Priority, StringComparer.Ordinal).ThenBy(k => k.Agent, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            // A transaction-scoped lock on the row's key (PostgreSQL advisory lock; no-op on SQLite), in a fixed order.
            await Infrastructure.Providers.StreamLocks.LockStreamAsync(db.Database, $"rollup|{key.Day}|{key.Queue}|{key.Channel}|{key.Priority}|{key.Agent}", cancellationToken).ConfigureAwait(false);
        }

        await ApplyDeltaAsync(db, _pendingOld, _pendingNew, cancellationToken).ConfigureAwait(false);
        Discard();
    }

    /// <inheritdoc />
    public void Discard()
    {
        _pendingOld.Clear();
        _pendingNew.Clear();
    }

    private static async Task<List<EventEnvelope>> ReadStreamAsync(TicketProjectionContext context, CancellationToken cancellationToken)
    {
        var ticketId = context.Current.TicketId;
        var firstAppended = context.Appended[0].Version;
        var payloads = await context.Db.Events.AsNoTracking()
            .Where(e => e.TicketId == ticketId && e.Version < firstAppended)
            .OrderBy(e => e.Version)
            .Select(e => e.Payload)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var stream = new List<EventEnvelope>(payloads.Count + context.Appended.Count);
        stream.AddRange(payloads.Select(TimelineJson.Deserialize));
        stream.AddRange(context.Appended);
        return stream;
    }

    /// <summary>Subtracts the old facts from and adds the new facts to the rollup rows they belong to.</summary>
    internal static async Task ApplyDeltaAsync(CommandCenterDbContext db, IReadOnlyList<RollupFact> oldFacts, IReadOnlyList<RollupFact> newFacts, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<DailyRollupKey, DailyRollupRecord>();
        foreach (var (fact, sign) in oldFacts.Select(f => (f, -1)).Concat(newFacts.Select(f => (f, 1))))
        {
            var key = fact.Key;
            if (!rows.TryGetValue(key, out var row))
            {
                row = await db.DailyRollups.FindAsync([key.Day, key.Queue, key.Channel, key.Priority, key.Agent], cancellationToken).ConfigureAwait(false);
                if (row is null)
                {
                    row = DailyRollupRecord.For(key);
                    db.DailyRollups.Add(row);
                }

                rows.Add(key, row);
            }

            row.Apply(fact, sign);
        }

        foreach (var row in rows.Values)
        {
            var entry = db.Entry(row);
            if (row.IsEmpty)
            {
                if (entry.State == EntityState.Added)
                {
                    entry.State = EntityState.Detached;
                }
                else
                {
                    db.DailyRollups.Remove(row);
                }
            }
            else if (entry.State == EntityState.Deleted)
            {
                // An earlier append of the same unit of work emptied it; this one fills it again.
                entry.State = EntityState.Modified;
                row.Revision++;
            }
            else if (entry.State != EntityState.Added)
            {
                row.Revision++;
            }
        }
    }

    private static bool SameFacts(List<RollupFact> left, List<RollupFact> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        var counts = new Dictionary<RollupFact, int>();
        foreach (var fact in left)
        {
            counts[fact] = counts.GetValueOrDefault(fact) + 1;
        }

        foreach (var fact in right)
        {
            if (!counts.TryGetValue(fact, out var n) || n == 0)
            {
                return false;
            }

            counts[fact] = n - 1;
        }

        return true;
    }
}
