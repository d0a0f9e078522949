using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NodaTime;
using SupportOps.SlaEngine.Internal;

namespace SupportOps.SlaEngine.Calendars;

/// <summary>
/// A business calendar: a tzdb time zone, weekly opening hours (any number of intervals per
/// weekday, including split shifts and shifts past midnight), holidays and date overrides.
/// </summary>
/// <remarks>
/// <para>
/// An instant is open when its local date is not a holiday and its local time of day lies in
/// <c>[start, end)</c> of one of that date's intervals (the override's, if the date has one, else
/// its weekday's). An interval that runs past midnight belongs to the day it starts on: that day's
/// holiday or override status applies to all of it, including the part after midnight. Business
/// time is the real elapsed time of the open instants, so DST gaps shorten and overlaps lengthen
/// it. See <c>docs/sla-engine.md</c> for worked examples.
/// </para>
/// <para>
/// Every operation is exact interval arithmetic: its cost grows with the number of intervals and
/// time-zone offset changes crossed, never with the number of minutes, and it allocates nothing.
/// Instants keep their full nanosecond precision.
/// </para>
/// <para>
/// Between 1900 and 2200 the calendar also keeps its open time as a table of 128-day blocks, each
/// built on first use (about a microsecond and a few kilobytes for office hours) and shared by every
/// later call: business time between two instants up to a block apart is then two lookups and a
/// subtraction, and an add a lookup and a short search. Results are the same either way.
/// </para>
/// <para>Build one with <see cref="BusinessCalendarBuilder"/> or <see cref="FromJson(string)"/>.
/// This type is immutable and thread-safe.</para>
/// </remarks>
public sealed partial class BusinessCalendar : IBusinessCalendar
{
    private const long TicksPerDay = NodaConstants.TicksPerDay;
    private const long NanosPerTick = NodaConstants.NanosecondsPerTick;

    // 9999-12-29: stop a few days before Instant.MaxValue so no local or instant tick leaves the range.
    private const int MaxDay = 2932893;

    // "No such tick" from the tick-level helpers; every real instant is far above it.
    private const long NoTick = long.MinValue;

    private static readonly long MaxInstantTicks = Instant.MaxValue.ToUnixTimeTicks();

    private readonly ImmutableArray<ImmutableArray<BusinessHoursInterval>> weeklyHours;

    // Hot-path data: ticks of day as [start0, end0, start1, end1, ...] per weekday (0 = Monday) and
    // per special day (holiday: empty; override: its hours), special days sorted by epoch day.
    private readonly long[][] weekly;
    private readonly int[] specialDays;
    private readonly long[][] specialHours;
    private readonly bool weeklyEmpty;
    private readonly bool weeklyAlwaysOpen;
    private readonly bool anyPastMidnight;
    private readonly long lastSpecialDay;

    // Open ticks of one whole week of weekly hours, and the zone's offsets as flat arrays.
    private readonly long weekTicks;
    private readonly ZoneTable zoneTable;

    // The local tick after which nothing is open (only when the weekly hours are empty; else minimum).
    private readonly long lastOpenLocal;

    // Index of the zone interval found last. Only a hint that every reader checks, so the
    // unsynchronized reads and writes of this one mutable field keep the calendar thread-safe.
    private int zoneHint;

    internal BusinessCalendar(
        DateTimeZone timeZone,
        ImmutableArray<ImmutableArray<BusinessHoursInterval>> weeklyHours,
        ImmutableArray<LocalDate> holidays,
        ImmutableSortedDictionary<LocalDate, ImmutableArray<BusinessHoursInterval>> overrides)
    {
        TimeZone = timeZone;
        this.weeklyHours = weeklyHours;
        Holidays = holidays;
        Overrides = overrides;

        weekly = new long[7][];
        for (var i = 0; i < 7; i++)
        {
            weekly[i] = ToBounds(weeklyHours[i]);
        }

        var special = new SortedDictionary<int, long[]>();
        foreach (var (date, hours) in overrides)
        {
            special[EpochDay(date)] = ToBounds(hours);
        }

        foreach (var date in holidays)
        {
            special[EpochDay(date)] = [];
        }

        specialDays = [.. special.Keys];
        specialHours = [.. special.Values];
        weeklyEmpty = weekly.All(static day => day.Length == 0);
        anyPastMidnight = weekly.Concat(specialHours).Any(static day => day.Length > 0 && day[^1] > TicksPerDay);
        weeklyAlwaysOpen = CoversWholeWeek(weekly);
        lastSpecialDay = specialDays.Length == 0 ? long.MinValue / 2 : specialDays[^1];
        zoneTable = ZoneTable.For(timeZone);
        foreach (var bounds in weekly)
        {
            for (var i = 0; i < bounds.Length; i += 2)
            {
                weekTicks += bounds[i + 1] - bounds[i];
            }
        }

        lastOpenLocal = weeklyEmpty && specialDays.Length > 0 ? (lastSpecialDay + 2) * TicksPerDay : long.MinValue;
    }

    /// <inheritdoc />
    public DateTimeZone TimeZone { get; }

    /// <summary>Gets the holidays, sorted by date.</summary>
    public ImmutableArray<LocalDate> Holidays { get; }

    /// <summary>Gets the date overrides: the hours that replace a date's weekly hours (none: closed that day).</summary>
    public ImmutableSortedDictionary<LocalDate, ImmutableArray<BusinessHoursInterval>> Overrides { get; }

    /// <summary>Gets the weekly hours of <paramref name="day"/>, sorted by start.</summary>
    /// <param name="day">The weekday.</param>
    /// <returns>The intervals that start on every such weekday (unless a holiday or override says otherwise).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a weekday.</exception>
    public ImmutableArray<BusinessHoursInterval> GetWeeklyHours(IsoDayOfWeek day) => weeklyHours[BusinessCalendarBuilder.WeekdayIndex(day)];

    /// <summary>
    /// Gets the intervals that start on <paramref name="date"/>: none on a holiday, the override's on
    /// an overridden date, else the weekday's.
    /// </summary>
    /// <param name="date">The local date.</param>
    /// <returns>The intervals, sorted by start.</returns>
    public ImmutableArray<BusinessHoursInterval> GetHours(LocalDate date)
    {
        if (Holidays.BinarySearch(date) >= 0)
        {
            return [];
        }

        return Overrides.TryGetValue(date, out var hours) ? hours : GetWeeklyHours(date.DayOfWeek);
    }

    /// <inheritdoc />
    public Instant Add(Instant start, Duration businessTime)
    {
        Guard.NotNegative(businessTime);
        if (businessTime == Duration.Zero)
        {
            return start;
        }

        var startTicks = ToTicks(start, out var startNanos);
        var days = businessTime.Days;
        if (days > MaxDay * 2L)
        {
            // Longer than the whole range of instants: it can never be reached.
            throw NoOpenTimeLeft(start, businessTime);
        }

        var nanoOfDay = businessTime.NanosecondOfDay;
        var ticks = (days * TicksPerDay) + (nanoOfDay / NanosPerTick);
        var nanos = nanoOfDay % NanosPerTick;
        if (startNanos != 0 && IsOpenAt(startTicks))
        {
            // The open tick holding start has already contributed startNanos; count from the tick.
            nanos += startNanos;
            ticks += nanos / NanosPerTick;
            nanos %= NanosPerTick;
        }

        var due = ticks == 0 ? startTicks : AddTicks(startTicks, ticks);
        if (due == NoTick)
        {
            throw NoOpenTimeLeft(start, businessTime);
        }

        if (nanos == 0)
        {
            return Instant.FromUnixTimeTicks(due);
        }

        // Less than one tick is left: it is spent at the start of the next open tick.
        var open = NextOpeningTicks(due);
        if (open == NoTick || open >= MaxInstantTicks)
        {
            throw NoOpenTimeLeft(start, businessTime);
        }

        return Instant.FromUnixTimeTicks(open) + Duration.FromNanoseconds(nanos);
    }

    /// <inheritdoc />
    public Duration Between(Instant start, Instant end)
    {
        if (end < start)
        {
            return -Between(end, start);
        }

        var startTicks = ToTicks(start, out var startNanos);
        var endTicks = ToTicks(end, out var endNanos);
        var result = Duration.FromTicks(startTicks == endTicks ? 0 : BetweenTicks(startTicks, endTicks));
        if (startNanos != 0 && IsOpenAt(startTicks))
        {
            result -= Duration.FromNanoseconds(startNanos);
        }

        if (endNanos != 0 && IsOpenAt(endTicks))
        {
            result += Duration.FromNanoseconds(endNanos);
        }

        return result;
    }

    /// <inheritdoc />
    public bool IsOpen(Instant instant) => IsOpenAt(instant.ToUnixTimeTicks());

    /// <inheritdoc />
    public Instant? NextOpening(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        var cursor = new OpenTimeCursor(this, ticks);
        if (!cursor.MoveNext(out var start, out _))
        {
            return null;
        }

        return start <= ticks ? instant : Instant.FromUnixTimeTicks(start);
    }

    /// <inheritdoc />
    public Instant? NextClosing(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        var cursor = new OpenTimeCursor(this, ticks);
        if (!cursor.MoveNext(out var start, out var end) || start > ticks)
        {
            return instant;
        }

        while (cursor.MoveNext(out start, out var next))
        {
            if (start > end)
            {
                break;
            }

            end = next;
            if (weeklyAlwaysOpen && cursor.Day > lastSpecialDay + 3)
            {
                // Past every holiday and override, the weekly hours leave no closed local time.
                return null;
            }
        }

        return end >= MaxInstantTicks ? null : Instant.FromUnixTimeTicks(end);
    }

    /// <summary>Returns the epoch day number (days since 1970-01-01) of <paramref name="date"/>.</summary>
    internal static int EpochDay(LocalDate date) => (int)(date.AtMidnight().InUtc().ToInstant().ToUnixTimeTicks() / TicksPerDay);

    /// <summary>Splits an instant into whole ticks since the Unix epoch (floored) and the nanoseconds left over (0–99).</summary>
    private static long ToTicks(Instant instant, out long nanos)
    {
        // Days and nanosecond of day since the epoch, floored (Duration truncates its days towards zero).
        var sinceEpoch = instant - NodaConstants.UnixEpoch;
        long days = sinceEpoch.Days;
        var nanoOfDay = sinceEpoch.NanosecondOfDay;
        if (nanoOfDay < 0)
        {
            days--;
            nanoOfDay += NodaConstants.NanosecondsPerDay;
        }

        // Unchecked: an instant is within about ±3.7 million days of the epoch, well inside a long of ticks.
        nanos = nanoOfDay % NanosPerTick;
        return unchecked((days * TicksPerDay) + (nanoOfDay / NanosPerTick));
    }

    private static InvalidOperationException NoOpenTimeLeft(Instant start, Duration businessTime)
        => new($"The calendar has no open time left after {start} to add {businessTime} of business time.");

    private static long[] ToBounds(ImmutableArray<BusinessHoursInterval> hours)
    {
        var bounds = new long[hours.Length * 2];
        for (var i = 0; i < hours.Length; i++)
        {
            bounds[2 * i] = hours[i].StartTicks;
            bounds[(2 * i) + 1] = hours[i].EndTicks;
        }

        return bounds;
    }

    private static bool CoversWholeWeek(long[][] weekly)
    {
        for (var day = 0; day < 7; day++)
        {
            var previous = weekly[(day + 6) % 7];
            var covered = previous.Length > 0 ? Math.Max(0, previous[^1] - TicksPerDay) : 0;
            var bounds = weekly[day];
            for (var i = 0; i < bounds.Length; i += 2)
            {
                if (bounds[i] > covered)
                {
                    return false;
                }

                covered = Math.Max(covered, bounds[i + 1]);
            }

            if (covered < TicksPerDay)
            {
                return false;
            }
        }

        return true;
    }

    private bool IsOpenAt(long ticks) => TryIsOpenFromTable(ticks, out var open) ? open : IsOpenByWalk(ticks);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool IsOpenByWalk(long ticks)
    {
        var cursor = new OpenTimeCursor(this, ticks, stop: ticks + 1);
        return cursor.MoveNext(out var start, out _) && start <= ticks;
    }

    /// <summary>Returns the first open tick at or after <paramref name="ticks"/>, or <see cref="NoTick"/> when none.</summary>
    private long NextOpeningTicks(long ticks)
    {
        var cursor = new OpenTimeCursor(this, ticks);
        return cursor.MoveNext(out var start, out _) ? Math.Max(start, ticks) : NoTick;
    }

    /// <summary>Returns the open ticks in <c>[start, end)</c>; <paramref name="start"/> is before <paramref name="end"/>.</summary>
    private long BetweenTicks(long start, long end) => TryBetweenFromTable(start, end, out var open) ? open : BetweenByWalk(start, end);

    /// <summary>Returns the open ticks in <c>[start, end)</c> by walking the calendar's hours.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private long BetweenByWalk(long start, long end)
    {
        var cursor = new OpenTimeCursor(this, start, stop: end);
        long total = 0;
        while (cursor.MoveNext(out var from, out var to) && from < end)
        {
            total += Math.Min(to, end) - Math.Max(from, start);
            if (end - to > 8 * TicksPerDay)
            {
                total += cursor.SkipWeeks(long.MaxValue, end);
            }
        }

        return total;
    }

    /// <summary>Returns the earliest tick at which <paramref name="ticks"/> open ticks have passed since <paramref name="start"/>, or <see cref="NoTick"/>.</summary>
    private long AddTicks(long start, long ticks) => TryAddFromTable(start, ticks, out var due) ? due : AddByWalk(start, ticks);

    /// <summary>Returns what <see cref="AddTicks"/> returns, by walking the calendar's hours.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private long AddByWalk(long start, long ticks)
    {
        var cursor = new OpenTimeCursor(this, start);
        var remaining = ticks;
        while (cursor.MoveNext(out var from, out var to))
        {
            from = Math.Max(from, start);
            var length = to - from;
            if (length >= remaining)
            {
                var due = from + remaining;
                return due <= MaxInstantTicks ? due : NoTick;
            }

            remaining -= length;
            if (remaining > weekTicks)
            {
                remaining -= cursor.SkipWeeks(remaining, long.MaxValue);
            }
        }

        return NoTick;
    }
}
