using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Infrastructure.Providers;
using SupportOps.CommandCenter.Rollups;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Serialization;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Seeding;

/// <summary>
/// Writes many new tickets at once: the bulk path behind seeding and load tests. For each ticket it
/// stores exactly the rows one <see cref="IEventStore.AppendAsync"/> per ticket would (events with the
/// same versions, ids, dedupe handling, recorded-at and payloads; the same snapshot; the same
/// <see cref="ITicketProjection"/> calls), but many tickets per transaction and without the change tracker.
/// </summary>
/// <remarks>
/// <para>Only for new streams: every request must be for a ticket that has no events yet and whose
/// <see cref="AppendRequest.ExpectedVersion"/> accepts an empty stream; each ticket appears at most once.
/// Tickets are written in the given order, in transactions of <c>ticketsPerTransaction</c> tickets; a
/// failure rolls back the current transaction only (earlier ones stay committed).</para>
/// <para>Per transaction: the snapshots are computed in parallel (the calculator is thread-safe), the
/// events and snapshots are inserted by the provider's <see cref="IBulkRowWriter"/>, then the projections
/// run ticket by ticket in order in batched mode (<see cref="TicketProjectionContext.IsBatched"/>: counters and
/// rollups accumulate and are applied once, at the end), and the transaction's changes are saved with one
/// <c>SaveChanges</c>. Post-commit observers are not told: an import is not live traffic.</para>
/// <para>Scoped, over the request's or job's context. Not thread-safe.</para>
/// </remarks>
/// <param name="db">The context.</param>
/// <param name="clock">Stamps <see cref="EventEnvelope.RecordedAt"/> (read once per ticket, as an append would) and evaluates SLA and risk.</param>
/// <param name="calculator">Computes the snapshot rows.</param>
/// <param name="writer">The provider's bulk writer.</param>
/// <param name="projections">The read models updated with the events.</param>
internal sealed class BulkTicketImporter(
    CommandCenterDbContext db,
    IClock clock,
    TicketStateCalculator calculator,
    IBulkRowWriter writer,
    IEnumerable<ITicketProjection> projections)
{
    /// <summary>The default number of tickets per transaction.</summary>
    public const int DefaultTicketsPerTransaction = 2_000;

    /// <summary>The import size from which the planner's statistics are refreshed afterwards.</summary>
    public const int StatisticsThreshold = 1_000;

    private readonly ITicketProjection[] _projections = [.. projections];

    /// <summary>Imports new tickets.</summary>
    /// <param name="requests">One request per new ticket; must not be null.</param>
    /// <param name="ticketsPerTransaction">How many tickets each transaction writes; positive.</param>
    /// <param name="cancellationToken">Cancels the import between transactions and rolls back the current one.</param>
    /// <returns>The numbers of tickets and events written.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ticketsPerTransaction"/> is not positive.</exception>
    /// <exception cref="ArgumentException">A ticket appears twice.</exception>
    /// <exception cref="EventStreamConcurrencyException">A ticket already has events, or its expected version rejects an empty stream.</exception>
    public async Task<(int Tickets, int Events)> ImportAsync(IEnumerable<AppendRequest> requests, int ticketsPerTransaction = DefaultTicketsPerTransaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ticketsPerTransaction);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var (tickets, events) = (0, 0);

        // A pipeline of two: the next transaction's rows are computed (in parallel) while this one is written.
        Task<Prepared>? pending = null;
        foreach (var chunk in requests.Chunk(ticketsPerTransaction))
        {
            if (Validate(chunk, seen) is { } invalid)
            {
                // Everything before the bad ticket's transaction is written, as without the pipeline.
                if (pending is not null)
                {
                    await WriteAsync(await pending.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                }

                throw invalid;
            }

            var recordedAt = chunk.Select(_ => clock.GetCurrentInstant()).ToArray();
            var next = Task.Run(() => Prepare(chunk, recordedAt, cancellationToken), cancellationToken);
            if (pending is not null)
            {
                events += await WriteAsync(await pending.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            }

            tickets += chunk.Length;
            pending = next;
        }

        if (pending is not null)
        {
            events += await WriteAsync(await pending.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }

        if (tickets >= StatisticsThreshold)
        {
            await writer.UpdateStatisticsAsync(db, cancellationToken).ConfigureAwait(false);
        }

        return (tickets, events);
    }

    private static Exception? Validate(AppendRequest[] chunk, HashSet<string> seen)
    {
        foreach (var request in chunk)
        {
            if (!seen.Add(request.TicketId))
            {
                return new ArgumentException($"Ticket '{request.TicketId}' appears more than once in the import.", "requests");
            }

            if (!request.ExpectedVersion.IsMetBy(0))
            {
                return new EventStreamConcurrencyException(request.TicketId, request.ExpectedVersion, 0);
            }
        }

        return null;
    }

    private Prepared Prepare(AppendRequest[] chunk, Instant[] recordedAt, CancellationToken cancellationToken)
    {
        var streams = new (ImmutableArray<EventEnvelope> Appended, EventRecord[] Rows, TicketSnapshotRecord Snapshot)[chunk.Length];
        Parallel.For(0, chunk.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => streams[i] = Build(chunk[i], recordedAt[i]));
        return new Prepared(chunk, recordedAt, streams);
    }

    private async Task<int> WriteAsync(Prepared prepared, CancellationToken cancellationToken)
    {
        var (chunk, recordedAt, streams) = prepared;
        var ids = chunk.Select(r => r.TicketId).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var existing = await db.Events.AsNoTracking()
            .Where(e => ids.Contains(e.TicketId))
            .GroupBy(e => e.TicketId)
            .Select(g => new { TicketId = g.Key, Version = g.Max(e => e.Version) })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            var request = chunk.First(r => r.TicketId == existing.TicketId);
            throw new EventStreamConcurrencyException(existing.TicketId, request.ExpectedVersion, existing.Version);
        }

        await writer.InsertAsync(db, streams.SelectMany(s => s.Rows).ToList(), cancellationToken).ConfigureAwait(false);
        await writer.InsertAsync(db, streams.Select(s => s.Snapshot).ToList(), cancellationToken).ConfigureAwait(false);

        // The chunk is one unit of work, like a webhook delivery: batched projections (counters, rollups) accumulate every
        // ticket's changes and apply them once at the end, and everything is saved with one SaveChanges (a save per ticket
        // would detect changes over every row tracked so far in the chunk: quadratic). Automatic detection, which Find,
        // Entry and Remove run over every tracked row, is off until the one DetectChanges before the save.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            for (var i = 0; i < chunk.Length; i++)
            {
                var context = new TicketProjectionContext
                {
                    Db = db,
                    Previous = null,
                    Current = streams[i].Snapshot,
                    Appended = streams[i].Appended,
                    RecordedAt = recordedAt[i],
                    Stream = streams[i].Appended, // a new ticket: the appended events are its whole stream
                    IsBatched = true,
                };
                foreach (var projection in _projections)
                {
                    await projection.ApplyAsync(context, cancellationToken).ConfigureAwait(false);
                }
            }

            foreach (var projection in _projections.OfType<IBatchedTicketProjection>())
            {
                await projection.FlushAsync(db, cancellationToken).ConfigureAwait(false);
            }

            // The new tickets' rollup facts (about ten a ticket, insert-only) go through the bulk writer like the events;
            // SaveChanges is left with the rollup rows, counters and routing decisions.
            var facts = db.ChangeTracker.Entries<RollupFactRecord>().Where(e => e.State == EntityState.Added).ToList();
            foreach (var fact in facts)
            {
                fact.State = EntityState.Detached;
            }

            await writer.InsertAsync(db, facts.ConvertAll(e => e.Entity), cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.DetectChanges();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            foreach (var projection in _projections.OfType<IBatchedTicketProjection>())
            {
                projection.Discard();
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return streams.Sum(s => s.Rows.Length);
    }

    /// <summary>The envelopes, rows and snapshot of a new stream, exactly as <see cref="EfEventStore"/> builds them.</summary>
    private (ImmutableArray<EventEnvelope> Appended, EventRecord[] Rows, TicketSnapshotRecord Snapshot) Build(AppendRequest request, Instant recordedAt)
    {
        var ticketId = request.TicketId;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var appended = ImmutableArray.CreateBuilder<EventEnvelope>(request.Events.Length);
        foreach (var item in request.Events)
        {
            if (!keys.Add(item.DedupeKey))
            {
                continue; // A repeated dedupe key within the request is a duplicate of the first.
            }

            var version = appended.Count + 1L;
            appended.Add(item.ToEnvelope(ticketId, version, recordedAt));
        }

        var envelopes = appended.ToImmutable();
        var rows = envelopes.Select(envelope => new EventRecord
        {
            TicketId = ticketId,
            Version = envelope.Version,
            EventId = envelope.EventId,
            DedupeKey = envelope.DedupeKey,
            EventType = envelope.Event.WireName,
            OccurredAtTicks = envelope.OccurredAt.ToUnixTimeTicks(),
            RecordedAtTicks = envelope.RecordedAt.ToUnixTimeTicks(),
            Payload = TimelineJson.Serialize(envelope),
        }).ToArray();
        return (envelopes, rows, calculator.Compute(ticketId, envelopes, recordedAt));
    }

    private sealed record Prepared(AppendRequest[] Chunk, Instant[] RecordedAt, (ImmutableArray<EventEnvelope> Appended, EventRecord[] Rows, TicketSnapshotRecord Snapshot)[] Streams);
}
