using NodaTime;

namespace SupportOps.Analytics.Metrics;

/// <summary>Percentiles by the nearest-rank method.</summary>
/// <remarks>
/// <para>The p-th percentile of n sorted values is the value at 1-based rank ⌈p / 100 × n⌉ (at least 1):
/// the smallest value such that at least p % of the values are at or below it. It is always one of the
/// measured values (no interpolation), so it is exact for durations and stable under reordering, and it is
/// monotone in p. This type is thread-safe.</para>
/// </remarks>
public static class Percentiles
{
    /// <summary>Returns the nearest-rank percentile of ascending values.</summary>
    /// <param name="sorted">The values in ascending order; must not be null.</param>
    /// <param name="percentile">The percentile, greater than 0 and at most 100.</param>
    /// <returns>The percentile, or null when there are no values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sorted"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentile"/> is not in (0, 100].</exception>
    public static Duration? NearestRank(IReadOnlyList<Duration> sorted, double percentile)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var rank = Rank(sorted.Count, percentile);
        return rank == 0 ? null : sorted[rank - 1];
    }

    /// <summary>Returns the 1-based nearest rank for <paramref name="count"/> values, or 0 when there are none.</summary>
    /// <param name="count">The number of values; not negative.</param>
    /// <param name="percentile">The percentile, greater than 0 and at most 100.</param>
    /// <returns>⌈percentile / 100 × count⌉, at least 1, or 0 when <paramref name="count"/> is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentile"/> is not in (0, 100] or <paramref name="count"/> is negative.</exception>
    public static int Rank(int count, double percentile)
    {
        if (!(percentile > 0 && percentile <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(percentile), percentile, $"percentile must be in (0, 100], but was {percentile}.");
        }

        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"count must not be negative, but was {count}.");
        }

        if (count == 0)
        {
            return 0;
        }

        // Work in hundredths to avoid binary rounding: p=90, n=10 must give rank 9, not 10.
        var scaled = (long)Math.Round(percentile * 100) * count;
        var rank = (int)((scaled + 9_999) / 10_000);
        return Math.Clamp(rank, 1, count);
    }
}
