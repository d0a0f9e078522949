using Microsoft.EntityFrameworkCore;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Inbox;

/// <summary>
/// Rebuilds the inbox counters from the snapshots in one transaction: for a database that had snapshots
/// before it had counters, and for the reconciliation job after it rebuilt snapshots from events.
/// </summary>
/// <remarks>Scoped, over the caller's context. Not thread-safe. Concurrent appends wait (SQLite) or may
/// be counted twice (PostgreSQL under READ COMMITTED): run it when writes are quiet, as at start-up.</remarks>
/// <param name="db">The context.</param>
internal sealed class InboxCounterRebuilder(CommandCenterDbContext db)
{
    /// <summary>Replaces every counter cell with a count of the snapshots in it.</summary>
    /// <param name="cancellationToken">Cancels the rebuild (nothing is changed).</param>
    /// <returns>The number of non-empty cells written.</returns>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var cells = await db.TicketSnapshots.AsNoTracking()
            .GroupBy(t => new { t.Queue, t.Status, t.Priority, t.Channel, t.RiskBand, t.IsBreached, t.Assignee })
            .Select(g => new { g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await db.InboxCounters.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        db.InboxCounters.AddRange(cells.Select(c => new InboxCounterRecord
        {
            Queue = c.Key.Queue ?? InboxCounterRecord.None,
            Status = c.Key.Status,
            Priority = c.Key.Priority,
            Channel = c.Key.Channel ?? InboxCounterRecord.None,
            RiskBand = c.Key.RiskBand,
            IsBreached = c.Key.IsBreached,
            Assignee = c.Key.Assignee ?? InboxCounterRecord.None,
            Count = c.Count,
        }));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return cells.Count;
    }

    /// <summary>Rebuilds only when there are snapshots but no counter cells (a database that predates the counters).</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>True when it rebuilt.</returns>
    public async Task<bool> RebuildIfMissingAsync(CancellationToken cancellationToken = default)
    {
        if (await db.InboxCounters.AnyAsync(cancellationToken).ConfigureAwait(false)
            || !await db.TicketSnapshots.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await RebuildAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
