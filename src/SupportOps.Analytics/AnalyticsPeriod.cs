using NodaTime;
using SupportOps.Analytics.Internal;
using SupportOps.SlaEngine.Calendars;

namespace SupportOps.Analytics;

/// <summary>
/// The half-open interval [<see cref="Start"/>, <see cref="End"/>) that a report covers, with the
/// business calendar used for every business-time figure and for the hour-of-week buckets.
/// </summary>
/// <remarks><para>This type is immutable and thread-safe.</para></remarks>
public sealed class AnalyticsPeriod
{
    /// <summary>Initializes a period.</summary>
    /// <param name="start">The first instant in the period.</param>
    /// <param name="end">The first instant after the period; must be after <paramref name="start"/>.</param>
    /// <param name="calendar">The business calendar for business-time figures; must not be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public AnalyticsPeriod(Instant start, Instant end, IBusinessCalendar calendar)
    {
        if (end <= start)
        {
            throw new ArgumentException($"end must be after start, but end is {end} and start is {start}.", nameof(end));
        }

        Start = start;
        End = end;
        Calendar = Guard.NotNull(calendar);
    }

    /// <summary>Gets the first instant in the period.</summary>
    public Instant Start { get; }

    /// <summary>Gets the first instant after the period.</summary>
    public Instant End { get; }

    /// <summary>Gets the business calendar for business-time figures.</summary>
    public IBusinessCalendar Calendar { get; }

    /// <summary>Gets the period's length in calendar time.</summary>
    public Duration Length => End - Start;

    /// <summary>Creates the seven days that start at <paramref name="start"/>.</summary>
    /// <param name="start">The first instant of the week.</param>
    /// <param name="calendar">The business calendar; must not be null.</param>
    /// <returns>The week.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static AnalyticsPeriod Week(Instant start, IBusinessCalendar calendar) =>
        new(start, start + Duration.FromDays(7), calendar);

    /// <summary>Returns the period of the same length that ends where this one starts, for period-over-period comparison.</summary>
    /// <returns>The previous period, on the same calendar.</returns>
    public AnalyticsPeriod Previous() => new(Start - Length, Start, Calendar);

    /// <summary>Returns whether an instant lies in the period.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> &lt;= <paramref name="instant"/> &lt; <see cref="End"/>.</returns>
    public bool Contains(Instant instant) => instant >= Start && instant < End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}
