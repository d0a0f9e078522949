using Microsoft.EntityFrameworkCore;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Inbox;

/// <summary>
/// Accumulates counter changes (−previous snapshot, +current snapshot) and applies them to the
/// <c>InboxCounters</c> table inside the caller's transaction.
/// </summary>
/// <remarks>
/// <para>Existing cells change with one atomic <c>UPDATE … SET Count = Count + delta</c> each, so concurrent
/// writers never lose an increment; new cells are staged as inserts and saved with the caller's
/// <c>SaveChanges</c> (two writers creating the same cell clash on its key, and the append retries).
/// Not thread-safe; one instance per unit of work.</para>
/// </remarks>
internal sealed class InboxCounterDeltas
{
    private readonly Dictionary<InboxCounterCell, long> _deltas = [];

    /// <summary>Gets a value indicating whether there is nothing to apply.</summary>
    public bool IsEmpty => _deltas.Values.All(d => d == 0);

    /// <summary>Records that a ticket moved from <paramref name="previous"/> (null: it is new) to <paramref name="current"/>.</summary>
    public void Move(TicketSnapshotRecord? previous, TicketSnapshotRecord current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var to = InboxCounterCell.Of(current);
        if (previous is not null)
        {
            var from = InboxCounterCell.Of(previous);
            if (from == to)
            {
                return;
            }

            Add(from, -1);
        }

        Add(to, 1);
    }

    /// <summary>Applies the deltas: updates existing cells now, stages new ones on <paramref name="db"/> (saved by the caller).</summary>
    /// <param name="db">The context, inside the caller's transaction.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when every delta is applied or staged.</returns>
    public async Task ApplyAsync(CommandCenterDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        // A fixed order: two transactions updating the same cells lock them in the same order (PostgreSQL: no deadlock).
        foreach (var (cell, delta) in _deltas.OrderBy(d => d.Key, CellOrder.Instance))
        {
            if (delta == 0)
            {
                continue;
            }

            var updated = await db.InboxCounters
                .Where(c => c.Queue == cell.Queue && c.Status == cell.Status && c.Priority == cell.Priority && c.Channel == cell.Channel
                    && c.RiskBand == cell.RiskBand && c.IsBreached == cell.IsBreached && c.Assignee == cell.Assignee)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + delta), cancellationToken)
                .ConfigureAwait(false);

            // A missing cell with a negative delta would mean the counters had drifted; rebuilding them fixes that.
            if (updated == 0 && delta > 0)
            {
                db.InboxCounters.Add(new InboxCounterRecord
                {
                    Queue = cell.Queue,
                    Status = cell.Status,
                    Priority = cell.Priority,
                    Channel = cell.Channel,
                    RiskBand = cell.RiskBand,
                    IsBreached = cell.IsBreached,
                    Assignee = cell.Assignee,
                    Count = delta,
                });
            }
        }

        _deltas.Clear();
    }

    /// <summary>Forgets the deltas not applied yet.</summary>
    public void Clear() => _deltas.Clear();

    private void Add(InboxCounterCell cell, long delta)
        => _deltas[cell] = checked(_deltas.GetValueOrDefault(cell) + delta);

    private sealed class CellOrder : IComparer<InboxCounterCell>
    {
        public static readonly CellOrder Instance = new();

        public int Compare(InboxCounterCell x, InboxCounterCell y)
        {
            var order = string.CompareOrdinal(x.Queue, y.Queue);
            order = order != 0 ? order : string.CompareOrdinal(x.Status, y.Status);
            order = order != 0 ? order : string.CompareOrdinal(x.Priority, y.Priority);
            order = order != 0 ? order : string.CompareOrdinal(x.Channel, y.Channel);
            order = order != 0 ? order : string.CompareOrdinal(x.RiskBand, y.RiskBand);
            order = order != 0 ? order : x.IsBreached.CompareTo(y.IsBreached);
            return order != 0 ? order : string.CompareOrdinal(x.Assignee, y.Assignee);
        }
    }
}
