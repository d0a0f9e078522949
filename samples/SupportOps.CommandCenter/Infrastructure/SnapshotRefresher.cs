using Microsoft.EntityFrameworkCore;
using NodaTime;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Inbox;
using SupportOps.EventTimeline.Serialization;

namespace SupportOps.CommandCenter.Infrastructure;

/// <summary>
/// Re-evaluates the SLA and risk of every unsolved ticket's snapshot at an instant, so countdowns and
/// breach flags stay current between appends, and moves the inbox counters with them. The periodic
/// background service (with database leases) that calls it is a later slice.
/// </summary>
/// <remarks>
/// <para>Works in batches in ticket id order, one transaction per batch. A snapshot is only replaced when
/// it still reflects the version and evaluation it was recomputed from (<see cref="TicketSnapshotRecord.Version"/>
/// and <see cref="TicketSnapshotRecord.EvaluatedAtTicks"/> are concurrency tokens): an append that commits
/// meanwhile has already written a newer snapshot, and that one wins. The inbox counter deltas
/// (−previous cell, +current cell) of exactly the snapshots that were saved are applied in the same
/// transaction, so counters and snapshots never disagree.</para>
/// <para>Scoped, over the request's or job's context. Not thread-safe.</para>
/// </remarks>
/// <param name="db">The context.</param>
/// <param name="calculator">Computes the snapshot rows.</param>
internal sealed class SnapshotRefresher(CommandCenterDbContext db, TicketStateCalculator calculator)
{
    /// <summary>Refreshes the snapshots of all tickets that are not solved or closed.</summary>
    /// <param name="now">The evaluation instant.</param>
    /// <param name="batchSize">How many tickets to load and save at a time; positive.</param>
    /// <param name="cancellationToken">Cancels the refresh between batches.</param>
    /// <returns>The number of snapshots refreshed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is not positive.</exception>
    public async Task<int> RefreshOpenTicketsAsync(Instant now, int batchSize = 1_000, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var refreshed = 0;
        var after = string.Empty;
        while (true)
        {
            var rows = await db.TicketSnapshots
                .Where(t => t.Status != "solved" && t.Status != "closed" && t.TicketId.CompareTo(after) > 0)
                .OrderBy(t => t.TicketId)
                .Take(batchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                return refreshed;
            }

            var ids = rows.Select(r => r.TicketId).ToList();
            var payloads = (await db.Events.AsNoTracking()
                    .Where(e => ids.Contains(e.TicketId))
                    .Select(e => new { e.TicketId, e.Version, e.Payload })
                    .ToListAsync(cancellationToken).ConfigureAwait(false))
                .GroupBy(e => e.TicketId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Version).Select(e => (e.Version, e.Payload)).ToList(), StringComparer.Ordinal);

            // Deserializing and evaluating is the CPU-bound part: spread it over the cores (the calculator is thread-safe).
            var computed = new TicketSnapshotRecord?[rows.Count];
            Parallel.For(0, rows.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                if (payloads.TryGetValue(rows[i].TicketId, out var stream) && stream[^1].Version == rows[i].Version)
                {
                    computed[i] = calculator.Compute(rows[i].TicketId, stream.ConvertAll(e => TimelineJson.Deserialize(e.Payload)), now);
                }
            });

            var previous = new Dictionary<TicketSnapshotRecord, TicketSnapshotRecord>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < rows.Count; i++)
            {
                if (computed[i] is { } row)
                {
                    previous[rows[i]] = (TicketSnapshotRecord)db.Entry(rows[i]).OriginalValues.ToObject();
                    db.Entry(rows[i]).CurrentValues.SetValues(row);
                }
            }

            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (DbUpdateConcurrencyException exception)
                {
                    // Appends committed newer snapshots for these tickets: keep theirs (and their counter deltas), save the rest.
                    foreach (var entry in exception.Entries)
                    {
                        entry.State = EntityState.Detached;
                        previous.Remove((TicketSnapshotRecord)entry.Entity);
                    }

                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }

                var deltas = new InboxCounterDeltas();
                foreach (var (row, before) in previous)
                {
                    deltas.Move(before, row);
                }

                await deltas.ApplyAsync(db, cancellationToken).ConfigureAwait(false);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            refreshed += previous.Count;
            db.ChangeTracker.Clear();
            after = rows[^1].TicketId;
        }
    }
}
