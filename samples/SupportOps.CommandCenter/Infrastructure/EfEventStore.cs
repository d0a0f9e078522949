using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;
using SupportOps.CommandCenter.Domain;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Serialization;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Infrastructure;

/// <summary>
/// An <see cref="IEventStore"/> on EF Core, with the semantics of docs/event-timeline.md, that also
/// recomputes the ticket's snapshot row in the same transaction as each append.
/// </summary>
/// <remarks>
/// <para>Each append runs in one transaction: read the stream, classify duplicates by dedupe key,
/// check the expected version, insert the new events (one multi-row <c>INSERT</c>, see <see cref="EventRowInserter"/>)
/// and upsert the snapshot. The unique indexes on
/// (ticket, version) and (ticket, dedupe key) make a concurrent writer fail instead of corrupting the
/// stream (a <see cref="DbUpdateException"/> or the provider's <see cref="System.Data.Common.DbException"/>); the append is then retried from the start, where a dedupe clash becomes a duplicate and a
/// version clash an <see cref="EventStreamConcurrencyException"/> (unless the batch expects any version).</para>
/// <para><b>One transaction for many tickets.</b> <see cref="AppendAllOrNothingAsync{TResult}"/> runs a unit of
/// work (a webhook delivery's pipeline run) whose appends share one transaction (and on SQLite one turn of the
/// writer gate): every ticket's stream is locked and checked exactly as above, the events, snapshots and
/// projections of all tickets are saved with one <c>SaveChanges</c> just before one commit (the inbox counter
/// deltas of all tickets applied together, cells in a fixed order), and the observers run after that commit.
/// If anything fails, or the work's result says so, the whole unit rolls back: no ticket of it is stored.</para>
/// <para>Scoped: one instance per request, over the request's context. Not thread-safe.</para>
/// </remarks>
/// <param name="db">The context.</param>
/// <param name="clock">The clock that stamps <see cref="EventEnvelope.RecordedAt"/> and evaluates SLA and risk.</param>
/// <param name="calculator">Computes the snapshot rows.</param>
/// <param name="projections">The read models updated in the append transaction.</param>
/// <param name="observers">Told about each committed append.</param>
/// <param name="logger">Logs observer failures.</param>
internal sealed partial class EfEventStore(
    CommandCenterDbContext db,
    IClock clock,
    TicketStateCalculator calculator,
    IEnumerable<ITicketProjection> projections,
    IEnumerable<ITicketAppendObserver> observers,
    ILogger<EfEventStore> logger) : IEventStore
{
    private const int MaxAttempts = 3;

    private Batch? _batch;

    /// <inheritdoc />
    public async ValueTask<AppendResult> AppendAsync(AppendRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryAppendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is DbUpdateException or System.Data.Common.DbException && attempt < MaxAttempts && _batch is null)
            {
                // A concurrent writer took a version or a dedupe key first: start again from its result.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>Inside <see cref="AppendAllOrNothingAsync{TResult}"/>, reading a whole stream starts the unit of work's
    /// transaction and takes the stream's lock first, so what it returns stays the stream's content until the commit and the
    /// append that follows (the pipeline reads each ticket's stream right before appending to it) does not read it again.</remarks>
    public async ValueTask<IReadOnlyList<EventEnvelope>> ReadStreamAsync(string ticketId, long fromVersion = 1, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ticketId);
        if (_batch is { } batch && fromVersion == 1 && !batch.Staged.Contains(ticketId))
        {
            await StartAsync(batch, cancellationToken).ConfigureAwait(false);
            if (batch.LockedStreams.Add(ticketId))
            {
                await Providers.StreamLocks.LockStreamAsync(db.Database, ticketId, cancellationToken).ConfigureAwait(false);
            }

            var locked = await ReadCoreAsync(ticketId, 1, cancellationToken).ConfigureAwait(false);
            batch.Read[ticketId] = locked;
            return locked;
        }

        return await ReadCoreAsync(ticketId, fromVersion, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<EventEnvelope>> ReadCoreAsync(string ticketId, long fromVersion, CancellationToken cancellationToken)
    {
        var payloads = await db.Events.AsNoTracking()
            .Where(e => e.TicketId == ticketId && e.Version >= fromVersion)
            .OrderBy(e => e.Version)
            .Select(e => e.Payload)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. payloads.Select(TimelineJson.Deserialize)];
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<EventEnvelope>> ReadRangeAsync(Interval range, EventTimeAxis axis = EventTimeAxis.OccurredAt, CancellationToken cancellationToken = default)
    {
        var start = range.HasStart ? range.Start.ToUnixTimeTicks() : long.MinValue;
        var end = range.HasEnd ? range.End.ToUnixTimeTicks() : long.MaxValue;
        var query = db.Events.AsNoTracking();
        query = axis == EventTimeAxis.RecordedAt
            ? query.Where(e => e.RecordedAtTicks >= start && e.RecordedAtTicks < end)
            : query.Where(e => e.OccurredAtTicks >= start && e.OccurredAtTicks < end);
        var payloads = await query.Select(e => e.Payload).ToListAsync(cancellationToken).ConfigureAwait(false);
        var envelopes = payloads.Select(TimelineJson.Deserialize).ToList();

        // Order in memory: the database's string collation need not be ordinal.
        return [.. envelopes
            .OrderBy(e => axis == EventTimeAxis.RecordedAt ? e.RecordedAt : e.OccurredAt)
            .ThenBy(e => e.TicketId, StringComparer.Ordinal)
            .ThenBy(e => e.Version)];
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<string>> ListTicketIdsAsync(CancellationToken cancellationToken = default)
    {
        var ids = await db.Events.AsNoTracking().Select(e => e.TicketId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <inheritdoc />
    public async ValueTask<long> GetVersionAsync(string ticketId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ticketId);
        return await db.Events.AsNoTracking()
            .Where(e => e.TicketId == ticketId)
            .MaxAsync(e => (long?)e.Version, cancellationToken).ConfigureAwait(false) ?? 0;
    }

    /// <summary>
    /// Runs <paramref name="work"/> with every append it makes through this store in one transaction, committed
    /// only when <paramref name="commit"/> approves the work's result; otherwise, or when the work or the final
    /// save throws, nothing of it is stored.
    /// </summary>
    /// <typeparam name="TResult">The work's result.</typeparam>
    /// <param name="work">The unit of work; appends through this store (not concurrently).</param>
    /// <param name="commit">Whether to commit, given the work's result.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The work's result and whether its appends were committed.</returns>
    /// <exception cref="InvalidOperationException">A unit of work is already running on this store.</exception>
    /// <exception cref="DbUpdateException">The final save failed (a concurrent writer took a key first); nothing was stored.</exception>
    internal async Task<(TResult Result, bool Committed)> AppendAllOrNothingAsync<TResult>(Func<CancellationToken, Task<TResult>> work, Func<TResult, bool> commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(commit);
        if (_batch is not null)
        {
            throw new InvalidOperationException("A unit of work is already running on this event store.");
        }

        var batch = _batch = new Batch();
        var committed = false;
        TResult result;
        try
        {
            result = await work(cancellationToken).ConfigureAwait(false);
            if (batch.Transaction is not null && commit(result))
            {
                foreach (var projection in projections.OfType<IBatchedTicketProjection>())
                {
                    await projection.FlushAsync(db, cancellationToken).ConfigureAwait(false);
                }

                await EventRowInserter.InsertAsync(db, batch.Events, cancellationToken).ConfigureAwait(false);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await batch.Transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                committed = true;
            }
        }
        finally
        {
            _batch = null;
            foreach (var projection in projections.OfType<IBatchedTicketProjection>())
            {
                projection.Discard();
            }

            if (batch.Transaction is not null)
            {
                await batch.Transaction.DisposeAsync().ConfigureAwait(false); // rolls back unless committed
            }

            if (batch.WriterTurn is not null)
            {
                await batch.WriterTurn.DisposeAsync().ConfigureAwait(false);
            }

            db.ChangeTracker.Clear();
        }

        if (committed)
        {
            foreach (var (appended, snapshot) in batch.Committed)
            {
                await NotifyObserversAsync(appended, snapshot, cancellationToken).ConfigureAwait(false);
            }
        }

        return (result, committed);
    }

    private async Task<AppendResult> TryAppendAsync(AppendRequest request, CancellationToken cancellationToken)
    {
        var ticketId = request.TicketId;
        var batch = _batch;
        IAsyncDisposable? ownTurn = null;
        IDbContextTransaction? ownTransaction = null;
        if (batch is null)
        {
            ownTurn = await Providers.StreamLocks.EnterWriterAsync(db.Database, cancellationToken).ConfigureAwait(false);
        }

        await using var writerTurn = ownTurn;
        if (batch is null)
        {
            ownTransaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await StartAsync(batch, cancellationToken).ConfigureAwait(false);
        }

        await using var transaction = ownTransaction;
        IReadOnlyList<EventEnvelope> stored;
        if (batch is not null && batch.Read.Remove(ticketId, out var read))
        {
            // Read under this unit of work's transaction and the stream's lock: still exactly the stream.
            stored = read;
        }
        else
        {
            if (batch is null || batch.LockedStreams.Add(ticketId))
            {
                await Providers.StreamLocks.LockStreamAsync(db.Database, ticketId, cancellationToken).ConfigureAwait(false);
            }

            stored = await ReadCoreAsync(ticketId, 1, cancellationToken).ConfigureAwait(false);
        }

        var byKey = new Dictionary<string, EventEnvelope>(StringComparer.Ordinal);
        foreach (var envelope in stored)
        {
            byKey.TryAdd(envelope.DedupeKey, envelope);
        }

        var version = stored.Count == 0 ? 0 : stored[^1].Version;
        var recordedAt = clock.GetCurrentInstant();
        var all = ImmutableArray.CreateBuilder<EventEnvelope>(request.Events.Length);
        var appended = ImmutableArray.CreateBuilder<EventEnvelope>();
        var duplicates = ImmutableArray.CreateBuilder<EventEnvelope>();
        var next = version;
        foreach (var item in request.Events)
        {
            if (byKey.TryGetValue(item.DedupeKey, out var existing))
            {
                all.Add(existing);
                duplicates.Add(existing);
                continue;
            }

            next = checked(next + 1);
            var envelope = item.ToEnvelope(ticketId, next, recordedAt);
            byKey.Add(item.DedupeKey, envelope);
            all.Add(envelope);
            appended.Add(envelope);
        }

        if (appended.Count > 0)
        {
            if (!request.ExpectedVersion.IsMetBy(version))
            {
                throw new EventStreamConcurrencyException(ticketId, request.ExpectedVersion, version);
            }

            if (batch is not null && batch.Staged.Contains(ticketId))
            {
                // Its first batch is staged, not saved: a second one would be computed from a stale stream.
                throw new InvalidOperationException($"Ticket {ticketId} was already appended in this unit of work; append each ticket's events once.");
            }

            var records = new List<EventRecord>(appended.Count);
            foreach (var envelope in appended)
            {
                records.Add(new EventRecord
                {
                    TicketId = ticketId,
                    Version = envelope.Version,
                    EventId = envelope.EventId,
                    DedupeKey = envelope.DedupeKey,
                    EventType = envelope.Event.WireName,
                    OccurredAtTicks = envelope.OccurredAt.ToUnixTimeTicks(),
                    RecordedAtTicks = envelope.RecordedAt.ToUnixTimeTicks(),
                    Payload = TimelineJson.Serialize(envelope),
                });
            }

            List<EventEnvelope> stream = [.. stored, .. appended];
            var (previous, current) = await UpsertSnapshotAsync(ticketId, stream, recordedAt, cancellationToken).ConfigureAwait(false);
            var appendedEvents = appended.ToImmutable();
            var projectionContext = new TicketProjectionContext
            {
                Db = db,
                Previous = previous,
                Current = current,
                Appended = appendedEvents,
                RecordedAt = recordedAt,
                Stream = stream,
                IsBatched = batch is not null,
            };
            foreach (var projection in projections)
            {
                await projection.ApplyAsync(projectionContext, cancellationToken).ConfigureAwait(false);
            }

            var committed = new AppendResult
            {
                TicketId = ticketId,
                Version = next,
                Events = all.DrainToImmutable(),
                Appended = appendedEvents,
                Duplicates = duplicates.DrainToImmutable(),
            };
            if (batch is not null)
            {
                // Saved and committed with the rest of the unit of work; observers hear of it after that commit.
                batch.Events.AddRange(records);
                batch.Staged.Add(ticketId);
                batch.Committed.Add((committed, current));
                return committed;
            }

            await EventRowInserter.InsertAsync(db, records, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction!.CommitAsync(cancellationToken).ConfigureAwait(false);
            await writerTurn!.DisposeAsync().ConfigureAwait(false); // observers run outside the writer's turn
            db.ChangeTracker.Clear();
            await NotifyObserversAsync(committed, current, cancellationToken).ConfigureAwait(false);
            return committed;
        }

        return new AppendResult
        {
            TicketId = ticketId,
            Version = next,
            Events = all.DrainToImmutable(),
            Appended = appended.DrainToImmutable(),
            Duplicates = duplicates.DrainToImmutable(),
        };
    }

    /// <summary>Starts a unit of work's transaction (and on SQLite its turn of the writer gate) unless it has started.</summary>
    private async Task StartAsync(Batch batch, CancellationToken cancellationToken)
    {
        if (batch.Transaction is not null)
        {
            return;
        }

        batch.WriterTurn ??= await Providers.StreamLocks.EnterWriterAsync(db.Database, cancellationToken).ConfigureAwait(false);
        batch.Transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<(TicketSnapshotRecord? Previous, TicketSnapshotRecord Current)> UpsertSnapshotAsync(string ticketId, IReadOnlyList<EventEnvelope> events, Instant now, CancellationToken cancellationToken)
    {
        var row = calculator.Compute(ticketId, events, now);
        var existing = await db.TicketSnapshots.FindAsync([ticketId], cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            db.TicketSnapshots.Add(row);
            return (null, row);
        }

        var previous = (TicketSnapshotRecord)db.Entry(existing).OriginalValues.ToObject();
        db.Entry(existing).CurrentValues.SetValues(row);
        return (previous, existing);
    }

    private async Task NotifyObserversAsync(AppendResult result, TicketSnapshotRecord snapshot, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            try
            {
                await observer.OnAppendedAsync(result, snapshot, cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Observers are best effort: the append has committed and must not fail now.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogObserverFailed(logger, exception, observer.GetType().Name, result.TicketId);
            }
        }
    }

    /// <summary>The state of one <see cref="AppendAllOrNothingAsync{TResult}"/> unit of work.</summary>
    private sealed class Batch
    {
        public IAsyncDisposable? WriterTurn { get; set; }

        public IDbContextTransaction? Transaction { get; set; }

        public HashSet<string> LockedStreams { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Staged { get; } = new(StringComparer.Ordinal);

        public List<EventRecord> Events { get; } = [];

        public Dictionary<string, IReadOnlyList<EventEnvelope>> Read { get; } = new(StringComparer.Ordinal);

        public List<(AppendResult Result, TicketSnapshotRecord Snapshot)> Committed { get; } = [];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Append observer {Observer} failed for ticket {TicketId}.")]
    private static partial void LogObserverFailed(ILogger logger, Exception exception, string observer, string ticketId);
}
