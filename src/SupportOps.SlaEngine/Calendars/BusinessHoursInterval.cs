using System.Globalization;
using NodaTime;

namespace SupportOps.SlaEngine.Calendars;

/// <summary>
/// One stretch of opening hours that starts on a day: from a local time of day up to a later
/// local time, which may be the end of the day (24:00) or a time on the next day.
/// </summary>
/// <remarks>
/// <para>
/// An interval covers the local times <c>[Start, end)</c>. When the end is not after the start it
/// runs past midnight into the next day (<c>22:00</c>–<c>06:00</c>); such an interval still
/// <em>belongs</em> to the day it starts on, so that day's holiday or override status decides
/// all of it. <c>24:00</c> is written with <see cref="UntilEndOfDay(LocalTime)"/> (or as
/// <c>"24:00"</c> in JSON); <see cref="WholeDay"/> is <c>00:00</c>–<c>24:00</c>.
/// </para>
/// <para>
/// Times must be whole ticks (100 ns); in practice hours are whole minutes. An interval whose
/// start equals its end is rejected as zero-length: write <c>00:00</c>–<c>24:00</c> for a whole day.
/// </para>
/// <para>This type is an immutable value and safe to use from many threads at once.</para>
/// </remarks>
public readonly struct BusinessHoursInterval : IEquatable<BusinessHoursInterval>
{
    private const long TicksPerDay = NodaConstants.TicksPerDay;

    private readonly long startTicks;
    private readonly long endTicks;

    /// <summary>
    /// Initializes a new interval from <paramref name="start"/> to <paramref name="end"/>; when
    /// <paramref name="end"/> is before <paramref name="start"/> the interval runs past midnight.
    /// </summary>
    /// <param name="start">The local time at which the interval opens.</param>
    /// <param name="end">
    /// The local time at which it closes: later the same day, or on the next day when earlier than
    /// <paramref name="start"/> (<see cref="LocalTime.Midnight"/> closes at the end of the start day).
    /// </param>
    /// <exception cref="ArgumentException">
    /// <paramref name="start"/> equals <paramref name="end"/> (a zero-length interval), or a time is
    /// not a whole number of ticks.
    /// </exception>
    public BusinessHoursInterval(LocalTime start, LocalTime end)
    {
        var s = WholeTicks(start, nameof(start));
        var e = WholeTicks(end, nameof(end));
        if (s == e)
        {
            throw new ArgumentException(
                $"The interval {Format(s)}-{Format(e)} has zero length: start and end must differ (use 00:00-24:00 for a whole day).",
                nameof(end));
        }

        startTicks = s;
        endTicks = e > s ? e : e + TicksPerDay;
    }

    private BusinessHoursInterval(long startTicks, long endTicks)
    {
        this.startTicks = startTicks;
        this.endTicks = endTicks;
    }

    /// <summary>Gets the interval <c>00:00</c>–<c>24:00</c>, open all day.</summary>
    public static BusinessHoursInterval WholeDay { get; } = new(0, TicksPerDay);

    /// <summary>Gets the local time at which the interval opens.</summary>
    public LocalTime Start => LocalTime.FromTicksSinceMidnight(startTicks);

    /// <summary>
    /// Gets the local time at which the interval closes; <see cref="LocalTime.Midnight"/> when it
    /// closes at 24:00 of its start day. When <see cref="RunsPastMidnight"/> is set, this time is on
    /// the next day.
    /// </summary>
    public LocalTime End => LocalTime.FromTicksSinceMidnight(endTicks % TicksPerDay);

    /// <summary>Gets a value indicating whether the interval closes on the day after it starts.</summary>
    public bool RunsPastMidnight => endTicks > TicksPerDay;

    /// <summary>Gets the local (wall-clock) length of the interval, between zero and 24 hours exclusive of zero.</summary>
    /// <remarks>On a night with a DST change the real elapsed time can differ; see <c>docs/sla-engine.md</c>.</remarks>
    public Duration Length => Duration.FromTicks(endTicks - startTicks);

    /// <summary>Gets the start as ticks since the start day's midnight.</summary>
    internal long StartTicks => startTicks;

    /// <summary>Gets the end as ticks since the start day's midnight (above a day when past midnight).</summary>
    internal long EndTicks => endTicks;

    /// <summary>Creates the interval from <paramref name="start"/> to 24:00 of the same day.</summary>
    /// <param name="start">The local time at which the interval opens.</param>
    /// <returns>The interval <c>[start, 24:00)</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="start"/> is not a whole number of ticks.</exception>
    public static BusinessHoursInterval UntilEndOfDay(LocalTime start) => new(WholeTicks(start, nameof(start)), TicksPerDay);

    /// <summary>Returns whether two intervals cover the same local times.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(BusinessHoursInterval left, BusinessHoursInterval right) => left.Equals(right);

    /// <summary>Returns whether two intervals differ.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(BusinessHoursInterval left, BusinessHoursInterval right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(BusinessHoursInterval other) => startTicks == other.startTicks && endTicks == other.endTicks;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BusinessHoursInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(startTicks, endTicks);

    /// <summary>Formats the interval as <c>HH:mm-HH:mm</c>, with <c>24:00</c> for the end of the day.</summary>
    /// <returns>The interval as text, for example <c>22:00-06:00</c>.</returns>
    public override string ToString() => $"{Format(startTicks)}-{FormatEnd()}";

    /// <summary>Formats the end as JSON writes it: <c>24:00</c> at the end of the start day.</summary>
    internal string FormatEnd() => endTicks == TicksPerDay ? "24:00" : Format(endTicks % TicksPerDay);

    /// <summary>Formats the start as JSON writes it.</summary>
    internal string FormatStart() => Format(startTicks);

    /// <summary>Creates an interval from already validated tick values (JSON reading).</summary>
    internal static BusinessHoursInterval FromTicks(long startTicks, long endTicks) => new(startTicks, endTicks);

    private static long WholeTicks(LocalTime time, string name)
    {
        if (time.NanosecondOfDay % NodaConstants.NanosecondsPerTick != 0)
        {
            throw new ArgumentException($"{name} must be a whole number of ticks (100 ns), but was {time:HH:mm:ss.fffffffff}.", name);
        }

        return time.TickOfDay;
    }

    private static string Format(long ticksOfDay)
    {
        var time = LocalTime.FromTicksSinceMidnight(ticksOfDay);
        if (time.TickOfSecond != 0)
        {
            return time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        }

        return time.Second != 0
            ? time.ToString("HH:mm:ss", CultureInfo.InvariantCulture)
            : time.ToString("HH:mm", CultureInfo.InvariantCulture);
    }
}
