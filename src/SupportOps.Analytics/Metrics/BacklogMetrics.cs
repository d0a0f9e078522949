using System.Collections.Immutable;

namespace SupportOps.Analytics.Metrics;

/// <summary>The backlog: tickets not solved or closed at the period's start and end, and the age breakdown at its end.</summary>
/// <param name="OpenAtStart">Open tickets at the period's start.</param>
/// <param name="OpenAtEnd">Open tickets at the period's end.</param>
/// <param name="Rows">Age buckets at the period's end: the overall row, then per queue, priority and channel, each sorted by key.</param>
public sealed record BacklogMetrics(int OpenAtStart, int OpenAtEnd, ImmutableArray<BacklogRow> Rows)
{
    /// <summary>Gets the backlog growth over the period: <see cref="OpenAtEnd"/> − <see cref="OpenAtStart"/>.</summary>
    public int Growth => OpenAtEnd - OpenAtStart;

    /// <summary>Gets the overall row.</summary>
    public BacklogRow Overall => Rows[0];
}
