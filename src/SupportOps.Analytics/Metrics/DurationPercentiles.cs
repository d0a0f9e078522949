using NodaTime;

namespace SupportOps.Analytics.Metrics;

/// <summary>Nearest-rank p50 and p90 of a set of durations, in calendar and in business time.</summary>
/// <param name="Count">How many tickets were measured.</param>
/// <param name="P50Calendar">The calendar-time median, or null when nothing was measured.</param>
/// <param name="P90Calendar">The calendar-time 90th percentile, or null.</param>
/// <param name="P50Business">The business-time median, or null.</param>
/// <param name="P90Business">The business-time 90th percentile, or null.</param>
public sealed record DurationPercentiles(int Count, Duration? P50Calendar, Duration? P90Calendar, Duration? P50Business, Duration? P90Business);
