using NodaTime;
using SupportOps.SlaEngine.Calendars;

namespace SupportOps.CommandCenter.Rollups;

/// <summary>
/// The support calendar the reports count days in: a "day" is a local date in the calendar's zone,
/// stored as <see cref="DateOnly.DayNumber"/> (days since 0001-01-01) so it sorts and compares the
/// same way on every provider.
/// </summary>
/// <remarks><para>This type is immutable and thread-safe.</para></remarks>
/// <param name="calendar">The business calendar.</param>
/// <param name="zone">The calendar's zone, which decides local days.</param>
internal sealed class ReportingCalendar(IBusinessCalendar calendar, DateTimeZone zone)
{
    /// <summary>Gets the business calendar.</summary>
    public IBusinessCalendar Calendar { get; } = calendar;

    /// <summary>Gets the zone local days are counted in.</summary>
    public DateTimeZone Zone { get; } = zone;

    /// <summary>Loads the calendar file the SLA policies use (<c>Configuration/calendar-new-york.json</c>).</summary>
    public static ReportingCalendar Load(string directory)
    {
        var calendar = BusinessCalendar.FromJson(File.ReadAllText(Path.Combine(directory, "calendar-new-york.json")));
        return new ReportingCalendar(calendar, calendar.TimeZone);
    }

    /// <summary>Gets the local date of an instant.</summary>
    public LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>Gets the day number of an instant's local date.</summary>
    public int DayOf(Instant instant) => ToDayNumber(DateOf(instant));

    /// <summary>Gets the instant a local date starts.</summary>
    public Instant StartOf(LocalDate date) => date.AtStartOfDayInZone(Zone).ToInstant();

    /// <summary>Converts a local date to its day number.</summary>
    public static int ToDayNumber(LocalDate date) => date.ToDateOnly().DayNumber;

    /// <summary>Converts a day number back to its local date.</summary>
    public static LocalDate FromDayNumber(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));
}
