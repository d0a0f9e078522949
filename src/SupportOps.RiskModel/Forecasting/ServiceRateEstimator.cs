using NodaTime;
using SupportOps.RiskModel.Internal;

namespace SupportOps.RiskModel.Forecasting;

/// <summary>Measures a queue's <see cref="ServiceRate"/> from the instants its work items were completed
/// (for example agent first replies) over a trailing window.</summary>
/// <remarks>
/// <para>The rate is the number of completions in the half-open window [<c>windowStart</c>, <c>windowEnd</c>) divided
/// by the business time in that window, which the caller measures with its SLA calendar (the package stands alone).
/// Completions outside business hours still count: they are work the queue absorbed.</para>
/// <para>Pure and thread-safe.</para>
/// </remarks>
public static class ServiceRateEstimator
{
    /// <summary>Estimates the rate from completions in any order.</summary>
    /// <param name="completions">Completion instants, in any order.</param>
    /// <param name="windowStart">Start of the window (inclusive).</param>
    /// <param name="windowEnd">End of the window (exclusive), usually "now".</param>
    /// <param name="businessTimeInWindow">Business time between the two instants; when zero the rate is <see cref="ServiceRate.Unknown"/>.</param>
    /// <returns>The measured rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="businessTimeInWindow"/> is negative or <paramref name="windowEnd"/> is before <paramref name="windowStart"/>.</exception>
    public static ServiceRate Estimate(ReadOnlySpan<Instant> completions, Instant windowStart, Instant windowEnd, Duration businessTimeInWindow)
    {
        CheckWindow(windowStart, windowEnd, businessTimeInWindow);
        var count = 0;
        foreach (var completion in completions)
        {
            if (completion >= windowStart && completion < windowEnd)
            {
                count++;
            }
        }

        return businessTimeInWindow == Duration.Zero ? ServiceRate.Unknown : ServiceRate.FromCompletions(count, businessTimeInWindow);
    }

    /// <summary>Estimates the rate from completions sorted ascending, in O(log n).</summary>
    /// <param name="sortedCompletions">Completion instants sorted ascending (not checked).</param>
    /// <param name="windowStart">Start of the window (inclusive).</param>
    /// <param name="windowEnd">End of the window (exclusive), usually "now".</param>
    /// <param name="businessTimeInWindow">Business time between the two instants; when zero the rate is <see cref="ServiceRate.Unknown"/>.</param>
    /// <returns>The measured rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="businessTimeInWindow"/> is negative or <paramref name="windowEnd"/> is before <paramref name="windowStart"/>.</exception>
    public static ServiceRate EstimateSorted(ReadOnlySpan<Instant> sortedCompletions, Instant windowStart, Instant windowEnd, Duration businessTimeInWindow)
    {
        CheckWindow(windowStart, windowEnd, businessTimeInWindow);
        var count = LowerBound(sortedCompletions, windowEnd) - LowerBound(sortedCompletions, windowStart);
        return businessTimeInWindow == Duration.Zero ? ServiceRate.Unknown : ServiceRate.FromCompletions(count, businessTimeInWindow);
    }

    private static void CheckWindow(Instant windowStart, Instant windowEnd, Duration businessTimeInWindow)
    {
        Guard.NotNegative(businessTimeInWindow);
        if (windowEnd < windowStart)
        {
            throw new ArgumentOutOfRangeException(nameof(windowEnd), windowEnd, $"windowEnd must not be before windowStart ({windowStart}), but was {windowEnd}.");
        }
    }

    /// <summary>Index of the first element not less than <paramref name="value"/>.</summary>
    private static int LowerBound(ReadOnlySpan<Instant> sorted, Instant value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = low + ((high - low) >> 1);
            if (sorted[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
