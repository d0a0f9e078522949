using System.Collections.Immutable;
using NodaTime;
using SupportOps.RoutingEngine.Internal;

namespace SupportOps.RoutingEngine.Agents;

/// <summary>An agent's weekly working hours in their own time zone: a set of <see cref="ShiftWindow"/>s.</summary>
/// <remarks><para>This type is immutable and thread-safe.</para></remarks>
public sealed class WeeklyShift
{
    private const long NanosPerDay = NodaConstants.NanosecondsPerDay;

    private WeeklyShift(bool isAlways, ImmutableArray<ShiftWindow> windows)
    {
        IsAlways = isAlways;
        Windows = windows;
    }

    /// <summary>Gets a shift that is always on (24/7).</summary>
    public static WeeklyShift Always { get; } = new(true, []);

    /// <summary>Gets a value indicating whether the agent is always on shift.</summary>
    public bool IsAlways { get; }

    /// <summary>Gets the windows, ordered by day then start; empty for <see cref="Always"/>.</summary>
    public ImmutableArray<ShiftWindow> Windows { get; }

    /// <summary>Creates a shift from windows.</summary>
    /// <param name="windows">The windows; must not be null or contain null.</param>
    /// <returns>The shift.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="windows"/> or one of its items is null.</exception>
    public static WeeklyShift Of(params IEnumerable<ShiftWindow> windows) =>
        new(false, [.. Guard.NotNull(windows).Select(w => Guard.NotNull(w, nameof(windows))).OrderBy(w => w.Day).ThenBy(w => w.Start)]);

    /// <summary>Creates the same shift on each of the given days.</summary>
    /// <param name="start">The local start time.</param>
    /// <param name="end">The local end time (not after start: the next day).</param>
    /// <param name="days">The days the shift starts on.</param>
    /// <returns>The shift.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A day is <see cref="IsoDayOfWeek.None"/>.</exception>
    public static WeeklyShift On(LocalTime start, LocalTime end, params IEnumerable<IsoDayOfWeek> days) =>
        Of(Guard.NotNull(days).Distinct().Select(d => new ShiftWindow(d, start, end)));

    /// <summary>Creates a Monday-to-Friday shift.</summary>
    /// <param name="start">The local start time.</param>
    /// <param name="end">The local end time (not after start: the next day).</param>
    /// <returns>The shift.</returns>
    public static WeeklyShift Weekdays(LocalTime start, LocalTime end) =>
        On(start, end, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday);

    /// <summary>Returns whether a local date and time (in the agent's zone) is within the shift.</summary>
    /// <param name="local">The local date and time.</param>
    /// <returns><see langword="true"/> when on shift.</returns>
    public bool Contains(LocalDateTime local)
    {
        if (IsAlways)
        {
            return true;
        }

        var day = local.DayOfWeek;
        var nanos = local.TimeOfDay.NanosecondOfDay;
        foreach (var (from, to) in Segments(day))
        {
            if (nanos >= from && nanos < to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The [from, to) nanosecond-of-day segments on a weekday, including spill-over from the previous day.</summary>
    internal IEnumerable<(long From, long To)> Segments(IsoDayOfWeek day)
    {
        var previous = day == IsoDayOfWeek.Monday ? IsoDayOfWeek.Sunday : day - 1;
        foreach (var w in Windows)
        {
            var start = w.Start.NanosecondOfDay;
            var end = w.End.NanosecondOfDay;
            if (w.Day == day)
            {
                yield return (start, w.CrossesMidnight ? NanosPerDay : end);
            }

            if (w.Day == previous && w.CrossesMidnight && end > 0)
            {
                yield return (0, end);
            }
        }
    }
}
