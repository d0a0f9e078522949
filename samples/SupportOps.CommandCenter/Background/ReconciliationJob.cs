using System.Reflection;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.EventTimeline.Serialization;

namespace SupportOps.CommandCenter.Background;

/// <summary>
/// Rebuilds every ticket's snapshot from its events and reports drift: the count and ids of the snapshots
/// that differed (or were missing), each repaired, stored as a <see cref="ReconciliationRunRecord"/>.
/// </summary>
/// <remarks>
/// <para>A snapshot is compared with the rebuild at its own evaluation instant, so time passing is not
/// drift; a repaired row is evaluated at the current instant. A ticket appended to while the batch was
/// being checked keeps the append's newer snapshot (the version is a concurrency token).</para>
/// </remarks>
/// <param name="db">The context.</param>
/// <param name="calculator">Rebuilds snapshot rows.</param>
/// <param name="identity">Recorded on the run.</param>
/// <param name="clock">The clock.</param>
internal sealed class ReconciliationJob(CommandCenterDbContext db, TicketStateCalculator calculator, InstanceIdentity identity, IClock clock) : IBackgroundJob
{
    /// <summary>The job name.</summary>
    public const string JobName = "reconciliation";

    private const int BatchSize = 500;

    private static readonly PropertyInfo[] Compared = [.. typeof(TicketSnapshotRecord).GetProperties()
        .Where(p => p.Name != nameof(TicketSnapshotRecord.EvaluatedAtTicks))];

    /// <inheritdoc />
    public string Name => JobName;

    /// <inheritdoc />
    public async Task<string> RunOnceAsync(CancellationToken cancellationToken)
    {
        var run = await ReconcileAsync(cancellationToken).ConfigureAwait(false);
        return $"{run.TicketsChecked} checked, {run.Drifted} drifted, {run.Missing} missing";
    }

    /// <summary>Checks and repairs every ticket's snapshot, and records the run.</summary>
    /// <param name="cancellationToken">Cancels between batches (the run then stays unfinished).</param>
    /// <returns>The finished run.</returns>
    public async Task<ReconciliationRunRecord> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var run = new ReconciliationRunRecord { Instance = identity.Id, StartedAtTicks = clock.GetCurrentInstant().ToUnixTimeTicks(), DriftedTicketIds = string.Empty };
        db.ReconciliationRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();

        var drifted = new List<string>();
        var after = string.Empty;
        while (true)
        {
            var ids = await db.Events.AsNoTracking().Select(e => e.TicketId).Distinct()
                .Where(id => id.CompareTo(after) > 0).OrderBy(id => id).Take(BatchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (ids.Count == 0)
            {
                break;
            }

            var streams = (await db.Events.AsNoTracking().Where(e => ids.Contains(e.TicketId))
                    .Select(e => new { e.TicketId, e.Version, e.Payload }).ToListAsync(cancellationToken).ConfigureAwait(false))
                .GroupBy(e => e.TicketId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Version).Select(e => TimelineJson.Deserialize(e.Payload)).ToList(), StringComparer.Ordinal);
            var snapshots = await db.TicketSnapshots.Where(t => ids.Contains(t.TicketId)).ToDictionaryAsync(t => t.TicketId, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
            var now = clock.GetCurrentInstant();
            foreach (var id in ids)
            {
                var stream = streams[id];
                if (!snapshots.TryGetValue(id, out var snapshot))
                {
                    db.TicketSnapshots.Add(calculator.Compute(id, stream, now));
                    run.Missing++;
                    drifted.Add(id);
                }
                else if (!SameAs(snapshot, calculator.Compute(id, stream, Instant.FromUnixTimeTicks(snapshot.EvaluatedAtTicks))))
                {
                    var repaired = calculator.Compute(id, stream, now);
                    db.Entry(snapshot).CurrentValues.SetValues(repaired);

                    // Saved as compare-and-set on the version read (the original value of the concurrency token).
                    run.Drifted++;
                    drifted.Add(id);
                }

                run.TicketsChecked++;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // An append wrote a newer snapshot (or created it) meanwhile: that one is current; keep the rest.
                foreach (var entry in db.ChangeTracker.Entries<TicketSnapshotRecord>().ToList())
                {
                    if (entry.State is EntityState.Added or EntityState.Modified)
                    {
                        var current = await db.TicketSnapshots.AsNoTracking().AnyAsync(t => t.TicketId == entry.Entity.TicketId && t.Version >= entry.Entity.Version, cancellationToken).ConfigureAwait(false);
                        if (current)
                        {
                            entry.State = EntityState.Detached;
                        }
                    }
                }

                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            db.ChangeTracker.Clear();
            after = ids[^1];
        }

        run.DriftedTicketIds = string.Join(',', drifted.Take(ReconciliationRunRecord.MaxListedTickets));
        run.FinishedAtTicks = clock.GetCurrentInstant().ToUnixTimeTicks();
        db.ReconciliationRuns.Update(run);
        await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return run;
    }

    /// <summary>Whether a stored snapshot equals its rebuild in every column but the evaluation instant.</summary>
    internal static bool SameAs(TicketSnapshotRecord stored, TicketSnapshotRecord rebuilt)
        => Compared.All(p => Equals(p.GetValue(stored), p.GetValue(rebuilt)));
}
