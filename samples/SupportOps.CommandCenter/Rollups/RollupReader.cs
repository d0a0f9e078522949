using Microsoft.EntityFrameworkCore;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Rollups;

/// <summary>
/// Reads the daily rollups: sums per day, per queue and over a range, and the backlog at the end of a
/// day (the running sum of <see cref="DailyRollupRecord.BacklogChange"/>). Every query is a grouped sum
/// over rollup rows, never over events.
/// </summary>
/// <remarks><para>Scoped, over the request's context.</para></remarks>
/// <param name="db">The context.</param>
internal sealed class RollupReader(CommandCenterDbContext db)
{
    /// <summary>Gets the totals per day in [from, to] (days without rows are left out).</summary>
    public async Task<Dictionary<int, RollupTotals>> PerDayAsync(int from, int to, RollupFilter filter, CancellationToken cancellationToken)
    {
        var rows = await Sum(filter.Apply(db.DailyRollups.AsNoTracking()).Where(r => r.Day >= from && r.Day <= to).GroupBy(r => r.Day))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Key, r => r.Totals);
    }

    /// <summary>Gets the totals per queue in [from, to].</summary>
    public async Task<Dictionary<string, RollupTotals>> PerQueueAsync(int from, int to, RollupFilter filter, CancellationToken cancellationToken)
    {
        var rows = await Sum(filter.Apply(db.DailyRollups.AsNoTracking()).Where(r => r.Day >= from && r.Day <= to).GroupBy(r => r.Queue))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Key, r => r.Totals, StringComparer.Ordinal);
    }

    /// <summary>Gets the totals per assignee in [from, to] (the empty string is "unassigned").</summary>
    public async Task<Dictionary<string, RollupTotals>> PerAssigneeAsync(int from, int to, RollupFilter filter, CancellationToken cancellationToken)
    {
        var rows = await Sum(filter.Apply(db.DailyRollups.AsNoTracking()).Where(r => r.Day >= from && r.Day <= to).GroupBy(r => r.Agent))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Key, r => r.Totals, StringComparer.Ordinal);
    }

    /// <summary>Gets the backlog per queue at the end of a day.</summary>
    public async Task<Dictionary<string, int>> BacklogPerQueueAsync(int day, RollupFilter filter, CancellationToken cancellationToken)
    {
        var rows = await filter.Apply(db.DailyRollups.AsNoTracking()).Where(r => r.Day <= day)
            .GroupBy(r => r.Queue)
            .Select(g => new { g.Key, Backlog = g.Sum(r => r.BacklogChange) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Key, r => r.Backlog, StringComparer.Ordinal);
    }

    /// <summary>Gets the backlog at the end of a day.</summary>
    public Task<int> BacklogAtEndOfAsync(int day, RollupFilter filter, CancellationToken cancellationToken)
        => filter.Apply(db.DailyRollups.AsNoTracking()).Where(r => r.Day <= day).SumAsync(r => r.BacklogChange, cancellationToken);

    /// <summary>Gets the totals per day for every day in [from, to] (zero for days without rows) and the backlog at the end of each.</summary>
    public async Task<List<(int Day, RollupTotals Totals, int Backlog)>> SeriesAsync(int from, int to, RollupFilter filter, CancellationToken cancellationToken)
    {
        var perDay = await PerDayAsync(from, to, filter, cancellationToken).ConfigureAwait(false);
        var backlog = await BacklogAtEndOfAsync(from - 1, filter, cancellationToken).ConfigureAwait(false);
        var series = new List<(int, RollupTotals, int)>(to - from + 1);
        for (var day = from; day <= to; day++)
        {
            var totals = perDay.GetValueOrDefault(day) ?? RollupTotals.Zero;
            backlog += totals.BacklogChange;
            series.Add((day, totals, backlog));
        }

        return series;
    }

    private static IQueryable<Grouped<TKey>> Sum<TKey>(IQueryable<IGrouping<TKey, DailyRollupRecord>> groups)
        => groups.Select(g => new Grouped<TKey>
        {
            Key = g.Key,
            Totals = new RollupTotals
            {
                Created = g.Sum(r => r.Created),
                FirstReplies = g.Sum(r => r.FirstReplies),
                FirstReplySeconds = g.Sum(r => r.FirstReplySeconds),
                Solved = g.Sum(r => r.Solved),
                ResolutionSeconds = g.Sum(r => r.ResolutionSeconds),
                Reopened = g.Sum(r => r.Reopened),
                Escalated = g.Sum(r => r.Escalated),
                FirstResponseMet = g.Sum(r => r.FirstResponseMet),
                FirstResponseBreached = g.Sum(r => r.FirstResponseBreached),
                NextResponseMet = g.Sum(r => r.NextResponseMet),
                NextResponseBreached = g.Sum(r => r.NextResponseBreached),
                PeriodicUpdateMet = g.Sum(r => r.PeriodicUpdateMet),
                PeriodicUpdateBreached = g.Sum(r => r.PeriodicUpdateBreached),
                ResolutionMet = g.Sum(r => r.ResolutionMet),
                ResolutionBreached = g.Sum(r => r.ResolutionBreached),
                BacklogChange = g.Sum(r => r.BacklogChange),
            },
        });

    private sealed class Grouped<TKey>
    {
        public required TKey Key { get; init; }

        public required RollupTotals Totals { get; init; }
    }
}
