using NodaTime;

namespace SupportOps.SlaEngine.Calendars;

/// <summary>
/// Measures and advances time over the instants at which a support team is open for business.
/// </summary>
/// <remarks>
/// <para>
/// An instant is <em>open</em> or <em>closed</em>. Business time between two instants is the real
/// elapsed time of the open instants between them, so a calendar with every instant open
/// (<see cref="CalendarHours"/>) gives plain elapsed time. The exact rules for business calendars,
/// including DST gaps and overlaps, holidays and intervals that run past midnight, are in
/// <c>docs/sla-engine.md</c>.
/// </para>
/// <para>Implementations are immutable and safe to use from many threads at once.</para>
/// </remarks>
public interface IBusinessCalendar
{
    /// <summary>Gets the time zone in which the calendar's local hours are read.</summary>
    DateTimeZone TimeZone { get; }

    /// <summary>
    /// Returns the earliest instant <c>t &gt;= start</c> such that
    /// <c>Between(start, t) == businessTime</c>.
    /// </summary>
    /// <param name="start">The instant to count from.</param>
    /// <param name="businessTime">The business time to add; must not be negative.</param>
    /// <returns>
    /// The due instant. Adding <see cref="Duration.Zero"/> returns <paramref name="start"/> itself.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="businessTime"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">
    /// The calendar has no open time left after <paramref name="start"/> to reach <paramref name="businessTime"/>.
    /// </exception>
    Instant Add(Instant start, Duration businessTime);

    /// <summary>
    /// Returns the business time between two instants: the measure of the open instants in
    /// <c>[start, end)</c>, or its negation when <paramref name="end"/> is before <paramref name="start"/>.
    /// </summary>
    /// <param name="start">The first instant.</param>
    /// <param name="end">The second instant.</param>
    /// <returns>The business time; never more than the elapsed time in absolute value.</returns>
    Duration Between(Instant start, Instant end);

    /// <summary>Returns whether the calendar is open at <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant to test.</param>
    /// <returns><see langword="true"/> when the instant is open.</returns>
    bool IsOpen(Instant instant);

    /// <summary>
    /// Returns the earliest open instant at or after <paramref name="instant"/>, or
    /// <see langword="null"/> when the calendar never opens again.
    /// </summary>
    /// <param name="instant">The instant to search from.</param>
    /// <returns>The opening instant, <paramref name="instant"/> itself when it is open, or <see langword="null"/>.</returns>
    Instant? NextOpening(Instant instant);

    /// <summary>
    /// Returns the earliest closed instant at or after <paramref name="instant"/>, or
    /// <see langword="null"/> when the calendar never closes again.
    /// </summary>
    /// <param name="instant">The instant to search from.</param>
    /// <returns>The closing instant, <paramref name="instant"/> itself when it is closed, or <see langword="null"/>.</returns>
    Instant? NextClosing(Instant instant);
}
