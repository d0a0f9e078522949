using NodaTime;
using SupportOps.SlaEngine.Calendars;

namespace SupportOps.SlaEngine.Tests.Reference;

/// <summary>
/// A deliberately slow reference for <see cref="BusinessCalendar"/>, written from the documented
/// semantics alone: it steps minute by minute and asks of each minute "is its local date not a
/// holiday and its local time inside one of the intervals that start on that date or on the day
/// before?". It only reads the calendar's published description (zone, weekly hours, holidays,
/// overrides), never its arithmetic.
/// </summary>
/// <remarks>
/// Exact only when every instant and duration it is given, every interval bound and every offset
/// change of the zone is on a whole minute. Searches give up after <see cref="Horizon"/>: Add then
/// throws <see cref="InvalidOperationException"/>, NextOpening and NextClosing return null.
/// </remarks>
public sealed class MinuteSteppingCalendar : IBusinessCalendar
{
    private static readonly Duration Minute = Duration.FromMinutes(1);

    private readonly Dictionary<IsoDayOfWeek, BusinessHoursInterval[]> week = [];
    private readonly HashSet<LocalDate> holidays;
    private readonly Dictionary<LocalDate, BusinessHoursInterval[]> overrides = [];

    public MinuteSteppingCalendar(BusinessCalendar calendar, Duration? horizon = null)
    {
        TimeZone = calendar.TimeZone;
        Horizon = horizon ?? Duration.FromDays(21);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            week[day] = [.. calendar.GetWeeklyHours(day)];
        }

        holidays = [.. calendar.Holidays];
        foreach (var (date, hours) in calendar.Overrides)
        {
            overrides[date] = [.. hours];
        }
    }

    public DateTimeZone TimeZone { get; }

    /// <summary>Gets how far Add, NextOpening and NextClosing search before giving up.</summary>
    public Duration Horizon { get; }

    public bool IsOpen(Instant instant)
    {
        var local = instant.InZone(TimeZone).LocalDateTime;
        return OpenOnDay(local.Date, local) || OpenOnDay(local.Date.PlusDays(-1), local);
    }

    public Duration Between(Instant start, Instant end)
    {
        if (end < start)
        {
            return -Between(end, start);
        }

        long minutes = 0;
        for (var t = start; t < end; t += Minute)
        {
            if (IsOpen(t))
            {
                minutes++;
            }
        }

        return Duration.FromMinutes(minutes);
    }

    public Instant Add(Instant start, Duration businessTime)
    {
        if (businessTime < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(businessTime));
        }

        var counted = Duration.Zero;
        var t = start;
        while (counted < businessTime)
        {
            if (t - start > Horizon)
            {
                throw new InvalidOperationException($"No open time within {Horizon} of {start}.");
            }

            if (IsOpen(t))
            {
                counted += Minute;
            }

            t += Minute;
        }

        return t;
    }

    public Instant? NextOpening(Instant instant) => FirstWhere(instant, open: true);

    public Instant? NextClosing(Instant instant) => FirstWhere(instant, open: false);

    private Instant? FirstWhere(Instant instant, bool open)
    {
        for (var t = instant; t - instant <= Horizon; t += Minute)
        {
            if (IsOpen(t) == open)
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="local"/> lies in one of the intervals that start on <paramref name="date"/>.</summary>
    private bool OpenOnDay(LocalDate date, LocalDateTime local)
    {
        if (holidays.Contains(date))
        {
            return false;
        }

        var hours = overrides.TryGetValue(date, out var special) ? special : week[date.DayOfWeek];
        foreach (var interval in hours)
        {
            var from = date + interval.Start;
            var to = from.PlusTicks(interval.Length.BclCompatibleTicks);
            if (from <= local && local < to)
            {
                return true;
            }
        }

        return false;
    }
}
