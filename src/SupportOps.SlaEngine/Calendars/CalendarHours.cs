using NodaTime;
using SupportOps.SlaEngine.Internal;

namespace SupportOps.SlaEngine.Calendars;

/// <summary>
/// Calendar-hours mode: every instant is open, so business time is plain elapsed time.
/// </summary>
/// <remarks>
/// <para>
/// Use it for targets measured in calendar time ("resolve within 3 days, nights and weekends
/// included"). It offers the same operations as a business calendar, so timers do not care which
/// mode they run in. The time zone is UTC; it only matters for display.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CalendarHours : IBusinessCalendar
{
    private CalendarHours()
    {
    }

    /// <summary>Gets the single calendar-hours instance.</summary>
    public static CalendarHours Instance { get; } = new();

    /// <inheritdoc />
    public DateTimeZone TimeZone => DateTimeZone.Utc;

    /// <inheritdoc />
    public Instant Add(Instant start, Duration businessTime)
    {
        Guard.NotNegative(businessTime);
        return start + businessTime;
    }

    /// <inheritdoc />
    public Duration Between(Instant start, Instant end) => end - start;

    /// <inheritdoc />
    public bool IsOpen(Instant instant) => true;

    /// <inheritdoc />
    public Instant? NextOpening(Instant instant) => instant;

    /// <inheritdoc />
    public Instant? NextClosing(Instant instant) => null;
}
