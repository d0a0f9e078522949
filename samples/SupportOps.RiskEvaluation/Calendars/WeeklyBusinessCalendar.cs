using NodaTime;

namespace SupportOps.RiskEvaluation.Calendars;

/// <summary>
/// Business hours that repeat every week (the same opening and closing time on each working day, no holidays),
/// measured on a naive wall clock: instants are wall-clock readings stored as if they were UTC, which is how the
/// helpdesk log's timestamps must be read (see its SOURCE.md). A stand-in for the SLA engine's calendar so the tool
/// stands alone; the replay only needs "business time between" and "add business time".
/// </summary>
public sealed class WeeklyBusinessCalendar
{
    private readonly bool[] _workingDays = new bool[8];
    private readonly long[] _businessTicksBeforeDay = new long[7];
    private readonly long _openTicks;
    private readonly long _closeTicks;
    private readonly int _daysPerWeek;

    /// <summary>Initializes a calendar.</summary>
    /// <param name="opens">Opening time on working days.</param>
    /// <param name="closes">Closing time on working days, after <paramref name="opens"/>.</param>
    /// <param name="workingDays">The working days; at least one.</param>
    public WeeklyBusinessCalendar(LocalTime opens, LocalTime closes, params IsoDayOfWeek[] workingDays)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        if (closes <= opens)
        {
            throw new ArgumentOutOfRangeException(nameof(closes), closes, $"closes must be after opens ({opens}).");
        }

        if (workingDays.Length == 0)
        {
            throw new ArgumentException("At least one working day is needed.", nameof(workingDays));
        }

        foreach (var day in workingDays)
        {
            _workingDays[(int)day] = true;
        }

        _daysPerWeek = _workingDays.Count(working => working);
        _openTicks = opens.TickOfDay;
        _closeTicks = closes.TickOfDay;
        for (var d = 1; d < 7; d++)
        {
            _businessTicksBeforeDay[d] = _businessTicksBeforeDay[d - 1] + (_workingDays[(int)DayAt(d - 1)] ? _closeTicks - _openTicks : 0);
        }
        Opens = opens;
        Closes = closes;
    }

    /// <summary>Gets Monday to Friday, 07:00 to 18:00: when the helpdesk log's agents actually worked
    /// (over 99% of its "Take in charge" and "Resolve" events fall in these hours).</summary>
    public static WeeklyBusinessCalendar HelpdeskHours { get; } = new(
        new LocalTime(7, 0), new LocalTime(18, 0),
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday);

    /// <summary>Gets the opening time.</summary>
    public LocalTime Opens { get; }

    /// <summary>Gets the closing time.</summary>
    public LocalTime Closes { get; }

    /// <summary>Gets the business time in one working day.</summary>
    public Duration DayLength => Duration.FromTicks(_closeTicks - _openTicks);

    /// <summary>Gets a value indicating whether the instant is within business hours.</summary>
    /// <param name="instant">The instant (naive wall clock).</param>
    /// <returns><see langword="true"/> when open.</returns>
    public bool IsOpen(Instant instant)
    {
        var local = instant.InUtc().LocalDateTime;
        var tick = local.TimeOfDay.TickOfDay;
        return _workingDays[(int)local.DayOfWeek] && tick >= _openTicks && tick < _closeTicks;
    }

    /// <summary>Business time between two instants; negative when <paramref name="end"/> is before <paramref name="start"/>.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns>The business time.</returns>
    public Duration BusinessTimeBetween(Instant start, Instant end)
        => end < start ? -BusinessTimeBetween(end, start) : Duration.FromTicks(BusinessTicksSinceEpoch(end) - BusinessTicksSinceEpoch(start));

    /// <summary>Adds (or, when negative, subtracts) business time.</summary>
    /// <param name="start">The instant to start from.</param>
    /// <param name="businessTime">The business time to add.</param>
    /// <returns>The earliest instant whose business time from <paramref name="start"/> is <paramref name="businessTime"/>
    /// (at a day boundary: the closing time, not the next opening).</returns>
    public Instant Add(Instant start, Duration businessTime)
        => FromBusinessTicks(BusinessTicksSinceEpoch(start) + businessTime.BclCompatibleTicks);

    /// <summary>Business ticks from a fixed origin (Monday 1969-12-29) to the instant: a monotone map that turns
    /// business-time arithmetic into subtraction. Pure integer arithmetic on the naive wall clock.</summary>
    private long BusinessTicksSinceEpoch(Instant instant)
    {
        var unixTicks = instant.ToUnixTimeTicks();
        var days = Math.DivRem(unixTicks, NodaConstants.TicksPerDay, out var tickOfDay);
        if (tickOfDay < 0)
        {
            days--;
            tickOfDay += NodaConstants.TicksPerDay;
        }

        var mondayDays = days + 3; // 1970-01-01 was a Thursday.
        var weeks = Math.DivRem(mondayDays, 7, out var dayInWeek);
        if (dayInWeek < 0)
        {
            weeks--;
            dayInWeek += 7;
        }

        var dayLength = _closeTicks - _openTicks;
        var ticks = (weeks * _daysPerWeek * dayLength) + _businessTicksBeforeDay[dayInWeek];
        if (_workingDays[(int)DayAt((int)dayInWeek)])
        {
            ticks += Math.Clamp(tickOfDay - _openTicks, 0, dayLength);
        }

        return ticks;
    }

    private Instant FromBusinessTicks(long businessTicks)
    {
        var dayLength = _closeTicks - _openTicks;
        var weekLength = _daysPerWeek * dayLength;
        var weeks = Math.DivRem(businessTicks, weekLength, out var rest);
        if (rest <= 0)
        {
            // Keep rest in (0, weekLength], so a day boundary maps to the earlier closing time.
            weeks--;
            rest += weekLength;
        }

        for (var d = 0; d < 7; d++)
        {
            if (!_workingDays[(int)DayAt(d)])
            {
                continue;
            }

            if (rest <= dayLength)
            {
                var days = (weeks * 7) + d - 3;
                return Instant.FromUnixTimeTicks((days * NodaConstants.TicksPerDay) + _openTicks + rest);
            }

            rest -= dayLength;
        }

        throw new InvalidOperationException("unreachable: the week's business time was exhausted");
    }

    private static IsoDayOfWeek DayAt(int dayInWeek) => (IsoDayOfWeek)(dayInWeek + 1);
}
