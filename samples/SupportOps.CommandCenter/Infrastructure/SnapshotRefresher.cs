using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Inbox;
using SupportOps.CommandCenter.Infrastructure.Providers;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Serialization;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Infrastructure;

/// <summary>
/// Re-evaluates the SLA and risk of every unsolved ticket's snapshot at an instant, so countdowns and
/// breach flags stay current between appends, and moves the inbox counters with them.
/// </summary>
/// <remarks>
/// <para>Between two events of a ticket only time passes, so a snapshot whose stored
/// <see cref="TicketSnapshotRecord.SlaState"/> matches its version and the active SLA settings is refreshed from that
/// state and the calendars alone (<see cref="TicketStateCalculator.RefreshAt"/>), without reading its events; any
/// other snapshot (no state yet, or saved under other SLA settings) is re-evaluated from its events, as an append
/// would. Both give exactly what a full evaluation at the instant gives.</para>
/// <para>Works in batches in ticket id order, one transaction per batch, and writes only the snapshots whose SLA or
/// risk columns changed, through the provider's <see cref="ISnapshotRefreshWriter"/> (no change tracking). A snapshot
/// is only replaced when it still has the version and evaluation instant it was read with: an append that commits
/// meanwhile has already written a newer snapshot, and that one wins. The inbox counter deltas (−previous cell,
/// +current cell) of exactly the snapshots written are applied in the same transaction, so counters and snapshots
/// never disagree. A snapshot left unchanged keeps its <see cref="TicketSnapshotRecord.EvaluatedAtTicks"/>: its values
/// are those of an evaluation at the new instant as well.</para>
/// <para>Scoped, over the request's or job's context. Not thread-safe.</para>
/// </remarks>
/// <param name="db">The context.</param>
/// <param name="calculator">Computes the snapshot rows.</param>
/// <param name="writer">Writes the changed rows.</param>
/// <param name="events">
/// Where an <c>sla_breached</c> event is appended for each SLA cycle a refresh sees breach (after the ticket's last
/// event), so the timeline and the daily rollups show the breach without waiting for the ticket's next event; null
/// appends nothing.
/// </param>
internal sealed class SnapshotRefresher(CommandCenterDbContext db, TicketStateCalculator calculator, ISnapshotRefreshWriter writer, IEventStore? events)
{
    /// <summary>The actor id of the <c>sla_breached</c> events a refresh appends.</summary>
    public const string BreachActor = "sla-refresh";

    /// <summary>Initializes a refresher with the writer of the context's provider that appends no events.</summary>
    /// <param name="db">The context.</param>
    /// <param name="calculator">Computes the snapshot rows.</param>
    public SnapshotRefresher(CommandCenterDbContext db, TicketStateCalculator calculator)
        : this(db, calculator, db.Database.IsNpgsql() ? new PostgreSqlSnapshotRefreshWriter() : new SqliteSnapshotRefreshWriter(), null)
    {
    }

    /// <summary>The dedupe key of the <c>sla_breached</c> event of one cycle of one timer: appended once per ticket.</summary>
    /// <param name="breach">The event.</param>
    /// <returns>The key, e.g. <c>sla-breached:first_response:1</c>.</returns>
    public static string BreachDedupeKey(SlaBreached breach)
    {
        ArgumentNullException.ThrowIfNull(breach);
        return string.Create(CultureInfo.InvariantCulture, $"sla-breached:{Vocabulary.Wire(breach.TimerKind)}:{breach.Cycle}");
    }

    /// <summary>Refreshes the snapshots of all tickets that are not solved or closed.</summary>
    /// <param name="now">The evaluation instant.</param>
    /// <param name="batchSize">How many tickets to load and save at a time; positive.</param>
    /// <param name="cancellationToken">Cancels the refresh between batches.</param>
    /// <returns>
    /// The number of snapshots that now hold their evaluation at <paramref name="now"/>: those written and those whose values
    /// were already right (<see cref="SnapshotRefreshResult.Current"/>).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is not positive.</exception>
    public async Task<int> RefreshOpenTicketsAsync(Instant now, int batchSize = 1_000, CancellationToken cancellationToken = default)
        => (await RefreshAsync(now, batchSize, cancellationToken).ConfigureAwait(false)).Current;

    /// <summary>Refreshes the snapshots of all tickets that are not solved or closed, and says what it did.</summary>
    /// <param name="now">The evaluation instant.</param>
    /// <param name="batchSize">How many tickets to load and save at a time; positive.</param>
    /// <param name="cancellationToken">Cancels the refresh between batches.</param>
    /// <returns>The counts of the run.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is not positive.</exception>
    public async Task<SnapshotRefreshResult> RefreshAsync(Instant now, int batchSize = 1_000, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var result = new SnapshotRefreshResult(0, 0, 0, 0, 0, 0);
        var after = string.Empty;
        while (true)
        {
            var rows = await db.TicketSnapshots.AsNoTracking()
                .Where(t => t.Status != "solved" && t.Status != "closed" && t.TicketId.CompareTo(after) > 0)
                .OrderBy(t => t.TicketId)
                .Take(batchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                return result;
            }

            // Time-only where the stored state allows it (cheap, but spread over the cores all the same: the calculator is thread-safe).
            var computed = new TicketSnapshotRecord?[rows.Count];
            Parallel.For(0, rows.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => computed[i] = calculator.RefreshAt(rows[i], now));
            var reevaluated = await ReevaluateFromEventsAsync(rows, computed, now, cancellationToken).ConfigureAwait(false);

            var changed = new List<(TicketSnapshotRecord Row, long ReadEvaluatedAtTicks)>();
            var previous = new List<TicketSnapshotRecord>();
            var changedIndex = new List<int>();
            var unchanged = 0;
            for (var i = 0; i < rows.Count; i++)
            {
                if (computed[i] is not { } row)
                {
                    continue;
                }

                if (SameSlaAndRisk(rows[i], row))
                {
                    unchanged++;
                    continue;
                }

                changed.Add((row, rows[i].EvaluatedAtTicks));
                previous.Add(rows[i]);
                changedIndex.Add(i);
            }

            var written = 0;
            if (changed.Count > 0)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var saved = await writer.UpdateAsync(db, changed, cancellationToken).ConfigureAwait(false);
                var deltas = new InboxCounterDeltas();
                for (var i = 0; i < changed.Count; i++)
                {
                    if (saved[i])
                    {
                        deltas.Move(previous[i], changed[i].Row);
                        written++;
                    }
                    else
                    {
                        computed[changedIndex[i]] = null; // an append replaced it: its snapshot (and breaches) are that append's
                    }
                }

                await deltas.ApplyAsync(db, cancellationToken).ConfigureAwait(false);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                db.ChangeTracker.Clear();
            }

            var breaches = await AppendBreachesAsync(rows, computed, now, cancellationToken).ConfigureAwait(false);
            result = new SnapshotRefreshResult(
                result.Checked + rows.Count,
                result.Reevaluated + reevaluated,
                result.Written + written,
                result.Unchanged + unchanged,
                result.Conflicts + (changed.Count - written),
                result.BreachEvents + breaches);
            after = rows[^1].TicketId;
        }
    }

    /// <summary>
    /// Appends an <c>sla_breached</c> event (occurred at the breach instant, deduplicated per timer and cycle) for every
    /// running cycle that breached since the snapshot was last evaluated and after the ticket's last event. Each ticket's
    /// events are one append: the event store re-evaluates its snapshot and runs the projections (rollups, counters).
    /// </summary>
    private async Task<int> AppendBreachesAsync(List<TicketSnapshotRecord> rows, TicketSnapshotRecord?[] computed, Instant now, CancellationToken cancellationToken)
    {
        if (events is null)
        {
            return 0;
        }

        var appended = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (computed[i] is not { EverBreached: true })
            {
                continue;
            }

            var breaches = calculator.BreachesBetween(computed[i]!, Instant.FromUnixTimeTicks(rows[i].EvaluatedAtTicks), now);
            if (breaches.Count == 0)
            {
                continue;
            }

            var request = new AppendRequest(rows[i].TicketId, ExpectedVersion.Any, breaches.OrderBy(b => b.DueAt).Select(b => new NewEvent
            {
                Event = b.Event,
                OccurredAt = b.DueAt,
                Actor = Actor.System(BreachActor),
                Source = EventSource.Api,
                DedupeKey = BreachDedupeKey(b.Event),
            }));
            var result = await events.AppendAsync(request, cancellationToken).ConfigureAwait(false);
            appended += result.Appended.Length;
            db.ChangeTracker.Clear();
        }

        return appended;
    }

    /// <summary>
    /// Computes the rows without a usable stored state from their events (in place in <paramref name="computed"/>); a row
    /// whose stream has moved past its version (an append is committing) stays null and is left to that append.
    /// </summary>
    private async Task<int> ReevaluateFromEventsAsync(List<TicketSnapshotRecord> rows, TicketSnapshotRecord?[] computed, Instant now, CancellationToken cancellationToken)
    {
        var ids = rows.Where((_, i) => computed[i] is null).Select(r => r.TicketId).ToList();
        if (ids.Count == 0)
        {
            return 0;
        }

        var payloads = (await db.Events.AsNoTracking()
                .Where(e => ids.Contains(e.TicketId))
                .Select(e => new { e.TicketId, e.Version, e.Payload })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(e => e.TicketId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Version).Select(e => (e.Version, e.Payload)).ToList(), StringComparer.Ordinal);
        var reevaluated = 0;
        Parallel.For(0, rows.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            if (computed[i] is null && payloads.TryGetValue(rows[i].TicketId, out var stream) && stream[^1].Version == rows[i].Version)
            {
                // Only the SLA and risk columns are written, so the row (and its counter cell) is the stored one with those replaced.
                var full = calculator.Compute(rows[i].TicketId, stream.ConvertAll(e => TimelineJson.Deserialize(e.Payload)), now);
                var row = rows[i].Clone();
                row.DueSortKey = full.DueSortKey;
                row.SlaTimerKind = full.SlaTimerKind;
                row.IsBreached = full.IsBreached;
                row.EverBreached = full.EverBreached;
                row.RiskScore = full.RiskScore;
                row.RiskBand = full.RiskBand;
                row.RiskReasons = full.RiskReasons;
                row.EvaluatedAtTicks = full.EvaluatedAtTicks;
                row.SlaState = full.SlaState;
                computed[i] = row;
                Interlocked.Increment(ref reevaluated);
            }
        });
        return reevaluated;
    }

    /// <summary>Whether a refresh would write nothing new: the written columns other than the evaluation instant are equal.</summary>
    private static bool SameSlaAndRisk(TicketSnapshotRecord stored, TicketSnapshotRecord refreshed)
        => stored.DueSortKey == refreshed.DueSortKey
            && string.Equals(stored.SlaTimerKind, refreshed.SlaTimerKind, StringComparison.Ordinal)
            && stored.IsBreached == refreshed.IsBreached
            && stored.EverBreached == refreshed.EverBreached
            && stored.RiskScore.Equals(refreshed.RiskScore)
            && string.Equals(stored.RiskBand, refreshed.RiskBand, StringComparison.Ordinal)
            && string.Equals(stored.RiskReasons, refreshed.RiskReasons, StringComparison.Ordinal)
            && string.Equals(stored.SlaState, refreshed.SlaState, StringComparison.Ordinal);
}
