using System.Collections.Immutable;
using NodaTime;
using SupportOps.SlaEngine.Internal;

namespace SupportOps.SlaEngine.Calendars;

/// <summary>
/// Collects a time zone, weekly hours, holidays and date overrides, and builds an immutable
/// <see cref="BusinessCalendar"/> from them.
/// </summary>
/// <remarks>
/// <para>
/// Each method checks its own arguments at once; the checks that need the whole calendar
/// (overlapping intervals, including an interval running past midnight into the next day's
/// hours, and a calendar without any open time) run in <see cref="Build"/>.
/// </para>
/// <para>This type is mutable and not thread-safe; the calendars it builds are both immutable and thread-safe.</para>
/// </remarks>
public sealed class BusinessCalendarBuilder
{
    private readonly List<BusinessHoursInterval>[] week = new List<BusinessHoursInterval>[7];
    private readonly SortedSet<LocalDate> holidays = [];
    private readonly SortedDictionary<LocalDate, BusinessHoursInterval[]> overrides = [];

    /// <summary>Initializes a builder for a calendar in the tzdb time zone <paramref name="timeZoneId"/>.</summary>
    /// <param name="timeZoneId">An IANA time zone id such as <c>America/New_York</c>; must not be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeZoneId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="timeZoneId"/> is not a tzdb zone id.</exception>
    public BusinessCalendarBuilder(string timeZoneId)
        : this(ResolveZone(timeZoneId))
    {
    }

    /// <summary>Initializes a builder for a calendar in <paramref name="timeZone"/>.</summary>
    /// <param name="timeZone">The zone in which the hours are read; must not be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeZone"/> is null.</exception>
    public BusinessCalendarBuilder(DateTimeZone timeZone)
    {
        TimeZone = Guard.NotNull(timeZone);
        for (var i = 0; i < week.Length; i++)
        {
            week[i] = [];
        }
    }

    /// <summary>Gets the zone in which the calendar's hours are read.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Adds opening hours to every <paramref name="day"/> of the week.</summary>
    /// <param name="day">The weekday the interval starts on.</param>
    /// <param name="interval">The hours.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a weekday.</exception>
    public BusinessCalendarBuilder AddHours(IsoDayOfWeek day, BusinessHoursInterval interval)
    {
        week[WeekdayIndex(day)].Add(Guard.NotDefault(interval));
        return this;
    }

    /// <summary>Adds opening hours from <paramref name="start"/> to <paramref name="end"/> to every <paramref name="day"/> of the week.</summary>
    /// <param name="day">The weekday the interval starts on.</param>
    /// <param name="start">The opening time.</param>
    /// <param name="end">The closing time; before <paramref name="start"/> means the next day.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a weekday.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> equals <paramref name="end"/>.</exception>
    public BusinessCalendarBuilder AddHours(IsoDayOfWeek day, LocalTime start, LocalTime end)
        => AddHours(day, new BusinessHoursInterval(start, end));

    /// <summary>Adds the same opening hours to Monday through Friday.</summary>
    /// <param name="start">The opening time.</param>
    /// <param name="end">The closing time; before <paramref name="start"/> means the next day.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="start"/> equals <paramref name="end"/>.</exception>
    public BusinessCalendarBuilder AddWeekdayHours(LocalTime start, LocalTime end)
    {
        var interval = new BusinessHoursInterval(start, end);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Friday; day++)
        {
            AddHours(day, interval);
        }

        return this;
    }

    /// <summary>Marks <paramref name="date"/> as a holiday: none of the intervals starting on it are open.</summary>
    /// <param name="date">The local date; adding it twice is harmless.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder AddHoliday(LocalDate date)
    {
        holidays.Add(date);
        return this;
    }

    /// <summary>Marks every date in <paramref name="dates"/> as a holiday.</summary>
    /// <param name="dates">The dates; must not be null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    public BusinessCalendarBuilder AddHolidays(IEnumerable<LocalDate> dates)
    {
        foreach (var date in Guard.NotNull(dates))
        {
            holidays.Add(date);
        }

        return this;
    }

    /// <summary>
    /// Adds the holidays that <paramref name="provider"/> gives for each year from
    /// <paramref name="fromYear"/> to <paramref name="toYear"/> inclusive.
    /// </summary>
    /// <param name="provider">The holiday source; must not be null.</param>
    /// <param name="fromYear">The first year.</param>
    /// <param name="toYear">The last year; not before <paramref name="fromYear"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null, or it returned null for a year.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="toYear"/> is before <paramref name="fromYear"/>, or a year is outside 1–9999.
    /// </exception>
    public BusinessCalendarBuilder AddHolidays(IHolidayProvider provider, int fromYear, int toYear)
    {
        Guard.NotNull(provider);
        Guard.InRange(fromYear, 1, 9999);
        Guard.InRange(toYear, fromYear, 9999);
        for (var year = fromYear; year <= toYear; year++)
        {
            var dates = provider.GetHolidays(year)
                ?? throw new ArgumentNullException(nameof(provider), $"{nameof(provider)} returned null for year {year}.");
            AddHolidays(dates);
        }

        return this;
    }

    /// <summary>
    /// Replaces the weekly hours of <paramref name="date"/> with <paramref name="intervals"/>; no
    /// intervals means closed all day. Setting a date again replaces the earlier override.
    /// </summary>
    /// <param name="date">The local date.</param>
    /// <param name="intervals">The hours that start on that date; must not be null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="intervals"/> is null.</exception>
    /// <remarks>A holiday on the same date wins: the date is closed.</remarks>
    public BusinessCalendarBuilder SetOverride(LocalDate date, params IEnumerable<BusinessHoursInterval> intervals)
    {
        var copy = Guard.NotNull(intervals).ToArray();
        foreach (var interval in copy)
        {
            Guard.NotDefault(interval, nameof(intervals));
        }

        overrides[date] = copy;
        return this;
    }

    /// <summary>Builds the calendar.</summary>
    /// <returns>An immutable calendar with the hours, holidays and overrides added so far.</returns>
    /// <exception cref="InvalidOperationException">
    /// Two intervals overlap (on one weekday, between a weekday's past-midnight interval and the next
    /// weekday's hours, or around an override date), or the calendar has no open time at all. The
    /// message names the day and the intervals.
    /// </exception>
    public BusinessCalendar Build()
    {
        var weekly = new ImmutableArray<BusinessHoursInterval>[7];
        for (var i = 0; i < 7; i++)
        {
            weekly[i] = SortChecked(week[i], $"week.{WeekdayName(i)}");
        }

        for (var i = 0; i < 7; i++)
        {
            var next = (i + 1) % 7;
            CheckSpill(weekly[i], $"week.{WeekdayName(i)}", weekly[next], $"week.{WeekdayName(next)}");
        }

        var overrideMap = ImmutableSortedDictionary.CreateBuilder<LocalDate, ImmutableArray<BusinessHoursInterval>>();
        foreach (var (date, intervals) in overrides)
        {
            overrideMap[date] = SortChecked(intervals, $"overrides.{DateName(date)}");
        }

        var holidaySet = holidays.ToImmutableArray();
        var sortedOverrides = overrideMap.ToImmutable();
        foreach (var date in sortedOverrides.Keys)
        {
            var before = date.PlusDays(-1);
            var after = date.PlusDays(1);
            CheckSpill(Effective(before), Name(before), Effective(date), Name(date));
            CheckSpill(Effective(date), Name(date), Effective(after), Name(after));
        }

        var hasOpenTime = weekly.Any(day => !day.IsEmpty)
            || sortedOverrides.Any(pair => !pair.Value.IsEmpty && !holidays.Contains(pair.Key));
        if (!hasOpenTime)
        {
            throw new InvalidOperationException(
                "The calendar has no open time at all: field 'week' has no hours and no field of 'overrides' opens on a non-holiday date.");
        }

        return new BusinessCalendar(TimeZone, weekly.ToImmutableArray(), holidaySet, sortedOverrides);

        ImmutableArray<BusinessHoursInterval> Effective(LocalDate date)
            => holidays.Contains(date) ? []
                : sortedOverrides.TryGetValue(date, out var hours) ? hours
                : weekly[WeekdayIndex(date.DayOfWeek)];

        string Name(LocalDate date)
            => holidays.Contains(date) ? $"holidays {DateName(date)}"
                : sortedOverrides.ContainsKey(date) ? $"overrides.{DateName(date)}"
                : $"week.{WeekdayName(WeekdayIndex(date.DayOfWeek))} ({DateName(date)})";
    }

    internal static int WeekdayIndex(IsoDayOfWeek day)
        => day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday
            ? (int)day - 1
            : throw new ArgumentOutOfRangeException(nameof(day), day, $"{nameof(day)} must be a day of the week, but was {day}.");

    internal static string WeekdayName(int index) => index switch
    {
        0 => "monday",
        1 => "tuesday",
        2 => "wednesday",
        3 => "thursday",
        4 => "friday",
        5 => "saturday",
        _ => "sunday",
    };

    internal static string DateName(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static DateTimeZone ResolveZone(string timeZoneId)
    {
        Guard.NotNull(timeZoneId);
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId)
            ?? throw new ArgumentException($"{nameof(timeZoneId)} '{timeZoneId}' is not a known IANA (tzdb) time zone id.", nameof(timeZoneId));
    }

    private static ImmutableArray<BusinessHoursInterval> SortChecked(IReadOnlyList<BusinessHoursInterval> intervals, string field)
    {
        var indexed = new (BusinessHoursInterval Interval, int Index)[intervals.Count];
        for (var i = 0; i < indexed.Length; i++)
        {
            indexed[i] = (intervals[i], i);
        }

        Array.Sort(indexed, static (x, y) => x.Interval.StartTicks.CompareTo(y.Interval.StartTicks));
        for (var i = 1; i < indexed.Length; i++)
        {
            var previous = indexed[i - 1];
            var current = indexed[i];
            if (previous.Interval.EndTicks > current.Interval.StartTicks)
            {
                throw new InvalidOperationException(
                    $"Overlapping intervals in '{field}': [{previous.Index}] {previous.Interval} overlaps [{current.Index}] {current.Interval}.");
            }
        }

        var builder = ImmutableArray.CreateBuilder<BusinessHoursInterval>(indexed.Length);
        foreach (var item in indexed)
        {
            builder.Add(item.Interval);
        }

        return builder.MoveToImmutable();
    }

    private static void CheckSpill(ImmutableArray<BusinessHoursInterval> day, string dayField, ImmutableArray<BusinessHoursInterval> next, string nextField)
    {
        if (day.IsEmpty || next.IsEmpty)
        {
            return;
        }

        var last = day[^1];
        var spill = last.EndTicks - NodaConstants.TicksPerDay;
        if (spill > next[0].StartTicks)
        {
            throw new InvalidOperationException(
                $"Overlapping intervals: '{dayField}' {last} runs past midnight into '{nextField}' {next[0]}.");
        }
    }
}
