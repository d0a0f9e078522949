using System.Collections.Immutable;

namespace SupportOps.Analytics.Metrics;

/// <summary>Open tickets at the period's end of one dimension value, counted per <see cref="BacklogBucket"/>.</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Key">The dimension value (queue name, priority or channel name, or <c>all</c>).</param>
/// <param name="Buckets">The counts, indexed by <see cref="BacklogBucket"/>.</param>
public sealed record BacklogRow(AnalyticsDimension Dimension, string Key, ImmutableArray<int> Buckets)
{
    /// <summary>Gets the open tickets over all buckets.</summary>
    public int Total => Buckets.Sum();

    /// <summary>Returns the count of one bucket.</summary>
    /// <param name="bucket">The bucket.</param>
    /// <returns>The open tickets of that age.</returns>
    public int this[BacklogBucket bucket] => Buckets[(int)bucket];
}
