using NodaTime;
using SupportOps.RoutingEngine.Internal;

namespace SupportOps.RoutingEngine.Agents;

/// <summary>
/// A shift starting on <see cref="Day"/> at <see cref="Start"/> and ending at <see cref="End"/>, in the
/// agent's own time zone. When <see cref="End"/> is not after <see cref="Start"/> the shift runs past
/// midnight into the next day (22:00-06:00); <c>Start == End</c> is a full 24 hours.
/// </summary>
/// <remarks><para>The start is inclusive and the end exclusive. This type is immutable and thread-safe.</para></remarks>
public sealed record ShiftWindow
{
    /// <summary>Initializes a new shift window.</summary>
    /// <param name="day">The weekday the shift starts on.</param>
    /// <param name="start">The local start time, inclusive.</param>
    /// <param name="end">The local end time, exclusive; not after <paramref name="start"/> means the next day.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is <see cref="IsoDayOfWeek.None"/> or undefined.</exception>
    public ShiftWindow(IsoDayOfWeek day, LocalTime start, LocalTime end)
    {
        if (day == IsoDayOfWeek.None)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "day must be Monday..Sunday, but was None.");
        }

        Day = Guard.Defined(day);
        Start = start;
        End = end;
    }

    /// <summary>Gets the weekday the shift starts on.</summary>
    public IsoDayOfWeek Day { get; }

    /// <summary>Gets the local start time, inclusive.</summary>
    public LocalTime Start { get; }

    /// <summary>Gets the local end time, exclusive.</summary>
    public LocalTime End { get; }

    /// <summary>Gets a value indicating whether the shift runs past midnight into the next day.</summary>
    public bool CrossesMidnight => End <= Start;
}
