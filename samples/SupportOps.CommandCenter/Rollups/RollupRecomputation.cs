using Microsoft.EntityFrameworkCore;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.EventTimeline.Serialization;

namespace SupportOps.CommandCenter.Rollups;

/// <summary>
/// Recomputes the daily rollups from scratch (every ticket's stream, fact by fact), to check the
/// maintained rows against (<see cref="ComputeAsync"/>) or to rebuild them (<see cref="RebuildAsync"/>).
/// </summary>
/// <remarks><para>Scoped, over the request's or job's context. Not thread-safe.</para></remarks>
/// <param name="db">The context.</param>
/// <param name="extractor">Derives the facts.</param>
internal sealed class RollupRecomputation(CommandCenterDbContext db, RollupFactExtractor extractor)
{
    /// <summary>The number of tickets read at a time.</summary>
    public const int BatchSize = 500;

    /// <summary>Computes every ticket's facts and their sums per rollup key from the events alone.</summary>
    /// <param name="cancellationToken">Cancels the work between batches.</param>
    /// <returns>The facts and the rollup rows (without empty rows), keyed.</returns>
    public async Task<(List<RollupFact> Facts, Dictionary<DailyRollupKey, DailyRollupRecord> Rows)> ComputeAsync(CancellationToken cancellationToken = default)
    {
        var facts = new List<RollupFact>();
        var after = string.Empty;
        while (true)
        {
            var ids = await db.Events.AsNoTracking()
                .Where(e => e.TicketId.CompareTo(after) > 0)
                .Select(e => e.TicketId).Distinct().OrderBy(id => id).Take(BatchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (ids.Count == 0)
            {
                break;
            }

            var streams = (await db.Events.AsNoTracking()
                    .Where(e => ids.Contains(e.TicketId))
                    .Select(e => new { e.TicketId, e.Version, e.Payload })
                    .ToListAsync(cancellationToken).ConfigureAwait(false))
                .GroupBy(e => e.TicketId, StringComparer.Ordinal);
            foreach (var stream in streams)
            {
                facts.AddRange(extractor.Extract(stream.Key, [.. stream.OrderBy(e => e.Version).Select(e => TimelineJson.Deserialize(e.Payload))]));
            }

            after = ids[^1];
        }

        var rows = new Dictionary<DailyRollupKey, DailyRollupRecord>();
        foreach (var fact in facts)
        {
            if (!rows.TryGetValue(fact.Key, out var row))
            {
                row = DailyRollupRecord.For(fact.Key);
                rows.Add(fact.Key, row);
            }

            row.Apply(fact, 1);
        }

        foreach (var key in rows.Where(p => p.Value.IsEmpty).Select(p => p.Key).ToList())
        {
            rows.Remove(key);
        }

        return (facts, rows);
    }

    /// <summary>
    /// Compares the stored rollup rows with a from-scratch recomputation and, when any row drifted
    /// (or the facts differ), replaces both tables with the recomputation.
    /// </summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was found and done.</returns>
    public async Task<RollupReconciliation> ReconcileAsync(CancellationToken cancellationToken = default)
    {
        var (facts, rows) = await ComputeAsync(cancellationToken).ConfigureAwait(false);
        var stored = await db.DailyRollups.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var drifted = 0;
        var seen = new HashSet<DailyRollupKey>();
        foreach (var row in stored)
        {
            var key = new DailyRollupKey(row.Day, row.Queue, row.Channel, row.Priority, row.Agent);
            seen.Add(key);
            if (!rows.TryGetValue(key, out var expected) || !SameCounters(row, expected))
            {
                drifted++;
            }
        }

        drifted += rows.Keys.Count(key => !seen.Contains(key));
        var storedFacts = await db.RollupFacts.CountAsync(cancellationToken).ConfigureAwait(false);
        if (drifted == 0 && storedFacts == facts.Count)
        {
            return new RollupReconciliation(rows.Count, facts.Count, 0, Rebuilt: false);
        }

        await WriteAsync(facts, rows, cancellationToken).ConfigureAwait(false);
        return new RollupReconciliation(rows.Count, facts.Count, drifted, Rebuilt: true);
    }

    /// <summary>Replaces the facts and rollup rows with a from-scratch recomputation, in one transaction.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The number of rollup rows written.</returns>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        var (facts, rows) = await ComputeAsync(cancellationToken).ConfigureAwait(false);
        await WriteAsync(facts, rows, cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }

    private static bool SameCounters(DailyRollupRecord a, DailyRollupRecord b)
        => a.Created == b.Created && a.FirstReplies == b.FirstReplies && a.FirstReplySeconds == b.FirstReplySeconds
           && a.Solved == b.Solved && a.ResolutionSeconds == b.ResolutionSeconds && a.Reopened == b.Reopened && a.Escalated == b.Escalated
           && a.FirstResponseMet == b.FirstResponseMet && a.FirstResponseBreached == b.FirstResponseBreached
           && a.NextResponseMet == b.NextResponseMet && a.NextResponseBreached == b.NextResponseBreached
           && a.PeriodicUpdateMet == b.PeriodicUpdateMet && a.PeriodicUpdateBreached == b.PeriodicUpdateBreached
           && a.ResolutionMet == b.ResolutionMet && a.ResolutionBreached == b.ResolutionBreached && a.BacklogChange == b.BacklogChange;

    private async Task WriteAsync(List<RollupFact> facts, Dictionary<DailyRollupKey, DailyRollupRecord> rows, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.RollupFacts.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.DailyRollups.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        db.RollupFacts.AddRange(facts.Select(RollupFactRecord.From));
        db.DailyRollups.AddRange(rows.Values);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }
}
