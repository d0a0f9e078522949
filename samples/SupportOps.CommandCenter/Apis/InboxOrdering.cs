using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Apis;

/// <summary>
/// Orders snapshots for an <see cref="InboxSort"/> and continues after a keyset cursor. Every order ends
/// with the ticket id, so it is total and a cursor never skips or repeats a row; each is backed by an
/// index of <c>TicketSnapshots</c> with the same columns in the same order.
/// </summary>
internal static class InboxOrdering
{
    /// <summary>Orders <paramref name="query"/> and keeps only rows after <paramref name="after"/> (of the same sort).</summary>
    public static IQueryable<TicketSnapshotRecord> Apply(IQueryable<TicketSnapshotRecord> query, InboxSort sort, InboxCursor? after)
    {
        if (after is not null)
        {
            query = After(query, sort, after.Keys, after.TicketId);
        }

        return sort switch
        {
            InboxSort.Triage => query.OrderByDescending(t => t.IsBreached).ThenBy(t => t.DueSortKey).ThenBy(t => t.Priority).ThenBy(t => t.TicketId),
            InboxSort.Risk => query.OrderByDescending(t => t.RiskScore).ThenBy(t => t.TicketId),
            InboxSort.Due => query.OrderBy(t => t.DueSortKey).ThenBy(t => t.TicketId),
            InboxSort.Created => query.OrderByDescending(t => t.CreatedAtTicks).ThenBy(t => t.TicketId),
            _ => query.OrderBy(t => t.WaitingSinceTicks).ThenBy(t => t.TicketId),
        };
    }

    /// <summary>
    /// The query for one page: <paramref name="take"/> rows matching <paramref name="filter"/> in
    /// <paramref name="sort"/> order after <paramref name="after"/>.
    /// </summary>
    /// <remarks>
    /// <para>With several statuses and the triage or risk sort, the page is the union of one page per
    /// status, each read in order from the status-led index, ordered again and cut to size by the
    /// database (the same collation orders both): the rows are the same as with <c>Status IN (…)</c>,
    /// but no query sorts every matching row.</para>
    /// </remarks>
    public static IQueryable<TicketSnapshotRecord> Page(IQueryable<TicketSnapshotRecord> source, Inbox.InboxFilter filter, string? agentId, InboxSort sort, InboxCursor? after, int take)
    {
        if (filter.Status.Count > 1 && sort is InboxSort.Triage or InboxSort.Risk)
        {
            IQueryable<TicketSnapshotRecord>? union = null;
            foreach (var status in filter.Status)
            {
                var part = Apply((filter with { Status = [status] }).Apply(source, agentId), sort, after).Take(take);
                union = union is null ? part : union.Concat(part);
            }

            return Apply(union!, sort, null).Take(take);
        }

        return Apply(filter.Apply(source, agentId), sort, after).Take(take);
    }

    /// <summary>The cursor that continues after <paramref name="last"/>.</summary>
    public static InboxCursor CursorAfter(InboxSort sort, TicketSnapshotRecord last) => new(
        sort,
        sort switch
        {
            InboxSort.Triage => [last.IsBreached ? 1 : 0, last.DueSortKey, PriorityRank(last.Priority)],
            InboxSort.Risk => [BitConverter.DoubleToInt64Bits(last.RiskScore)],
            InboxSort.Due => [last.DueSortKey],
            InboxSort.Created => [last.CreatedAtTicks],
            _ => [last.WaitingSinceTicks],
        },
        last.TicketId);

    private static long PriorityRank(string priority)
        => priority.Length == 2 && priority[0] == 'p' && char.IsAsciiDigit(priority[1]) ? priority[1] - '0' : 9;

    private static IQueryable<TicketSnapshotRecord> After(IQueryable<TicketSnapshotRecord> query, InboxSort sort, IReadOnlyList<long> keys, string id)
    {
        var key = keys[0];
        switch (sort)
        {
            case InboxSort.Triage:
                var due = keys[1];
                var priority = "p" + keys[2].ToString(System.Globalization.CultureInfo.InvariantCulture);
                var rest = (System.Linq.Expressions.Expression<Func<TicketSnapshotRecord, bool>>)(t =>
                    t.DueSortKey > due
                    || (t.DueSortKey == due && (t.Priority.CompareTo(priority) > 0 || (t.Priority == priority && t.TicketId.CompareTo(id) > 0))));
                return key == 1
                    ? query.Where(t => !t.IsBreached || (t.IsBreached && (t.DueSortKey > due
                        || (t.DueSortKey == due && (t.Priority.CompareTo(priority) > 0 || (t.Priority == priority && t.TicketId.CompareTo(id) > 0))))))
                    : query.Where(t => !t.IsBreached).Where(rest);
            case InboxSort.Risk:
                var score = BitConverter.Int64BitsToDouble(key);
                return query.Where(t => t.RiskScore < score || (t.RiskScore == score && t.TicketId.CompareTo(id) > 0));
            case InboxSort.Due:
                return query.Where(t => t.DueSortKey > key || (t.DueSortKey == key && t.TicketId.CompareTo(id) > 0));
            case InboxSort.Created:
                return query.Where(t => t.CreatedAtTicks < key || (t.CreatedAtTicks == key && t.TicketId.CompareTo(id) > 0));
            default:
                return query.Where(t => t.WaitingSinceTicks > key || (t.WaitingSinceTicks == key && t.TicketId.CompareTo(id) > 0));
        }
    }
}
