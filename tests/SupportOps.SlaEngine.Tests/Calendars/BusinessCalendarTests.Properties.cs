using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Tests.Reference;

namespace SupportOps.SlaEngine.Tests.Calendars;

public sealed partial class BusinessCalendarTests
{
    private static readonly Duration Nanosecond = Duration.FromNanoseconds(1);

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 1000)]
    public void Operations_AgreeWithMinuteSteppingReference_Meets_Specification(CalendarCase sample)
    {
        var sut = sample.Calendar;
        var reference = new MinuteSteppingCalendar(sut);
        var (a, b) = (sample.A, sample.B);

        Assert.Equal(reference.IsOpen(a), sut.IsOpen(a));
        Assert.Equal(reference.Between(a, b), sut.Between(a, b));
        AssertSameWithinHorizon(reference.NextOpening(a), sut.NextOpening(a), a, reference.Horizon);
        AssertSameWithinHorizon(reference.NextClosing(a), sut.NextClosing(a), a, reference.Horizon);

        Instant? expected;
        try
        {
            expected = reference.Add(a, sample.D1);
        }
        catch (InvalidOperationException)
        {
            expected = null;
        }

        Instant? actual;
        try
        {
            actual = sut.Add(a, sample.D1);
        }
        catch (InvalidOperationException)
        {
            actual = null;
        }

        AssertSameWithinHorizon(expected, actual, a, reference.Horizon);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 10)]
    public void LongSpans_AgreeWithMinuteSteppingReference_Meets_Specification(CalendarCase sample)
    {
        // Months of business time: exercises skipping whole weeks between holidays and offset changes.
        var sut = sample.Calendar;
        var reference = new MinuteSteppingCalendar(sut, Duration.FromDays(100));
        var target = Duration.FromHours(sample.LongHours % 300);

        Assert.Equal(reference.Between(sample.A, sample.A + Duration.FromDays(40)), sut.Between(sample.A, sample.A + Duration.FromDays(40)));
        Instant? expected;
        try
        {
            expected = reference.Add(sample.A, target);
        }
        catch (InvalidOperationException)
        {
            expected = null;
        }

        AssertSameWithinHorizon(expected, TryAdd(sut, sample.A, target), sample.A, reference.Horizon);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public void LongSpans_AddAndBetweenAreInverseAndAdditive_Meets_Specification(CalendarCase sample)
    {
        var sut = sample.Calendar;
        var start = sample.PreciseA;
        var target = Duration.FromHours(sample.LongHours) + sample.PreciseD1;

        if (TryAdd(sut, start, target) is { } due)
        {
            Assert.Equal(target, sut.Between(start, due));
            var part = Duration.FromTicks(target.BclCompatibleTicks / 3);
            Assert.Equal(due, TryAdd(sut, start, target - part) is { } middle ? TryAdd(sut, middle, part) : null);
            var split = start + ((due - start) / 3);
            Assert.Equal(target, sut.Between(start, split) + sut.Between(split, due));
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public void BetweenOfAdd_IsTheAddedTime_Meets_Specification(CalendarCase sample)
    {
        var sut = sample.Calendar;
        var start = sample.PreciseA;

        if (TryAdd(sut, start, sample.PreciseD1) is { } due)
        {
            Assert.True(due >= start);
            Assert.Equal(sample.PreciseD1, sut.Between(start, due));
            if (sample.PreciseD1 > Duration.Zero)
            {
                // Earliest such instant: the instant just before it is open and counted.
                Assert.True(sut.IsOpen(due - Nanosecond), $"just before {due} should be open");
                Assert.Equal(sample.PreciseD1 - Nanosecond, sut.Between(start, due - Nanosecond));
            }
        }
        else
        {
            Assert.True(sut.Between(start, start + Duration.FromDays(60)) < sample.PreciseD1);
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public void AddTwice_EqualsAddOfSum_Meets_Specification(CalendarCase sample)
    {
        var sut = sample.Calendar;
        var start = sample.PreciseA;

        var first = TryAdd(sut, start, sample.PreciseD1);
        var whole = TryAdd(sut, start, sample.PreciseD1 + sample.D2);
        var twice = first is { } middle ? TryAdd(sut, middle, sample.D2) : null;

        Assert.Equal(whole, twice);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public void Between_IsAdditiveAntisymmetricAndBounded_Meets_Specification(CalendarCase sample)
    {
        var sut = sample.Calendar;
        var a = sample.PreciseA;
        var b = sample.B;
        var c = a + sample.PreciseD1;

        Assert.Equal(sut.Between(a, c), sut.Between(a, b) + sut.Between(b, c));
        Assert.Equal(-sut.Between(a, b), sut.Between(b, a));
        var (from, to) = a <= b ? (a, b) : (b, a);
        var business = sut.Between(from, to);
        Assert.InRange(business, Duration.Zero, to - from);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public void NextOpeningAndClosing_AreTheFirstChange_Meets_Specification(CalendarCase sample)
    {
        var sut = sample.Calendar;
        var a = sample.PreciseA;

        if (sut.NextOpening(a) is { } opening)
        {
            Assert.True(sut.IsOpen(opening));
            Assert.Equal(Duration.Zero, sut.Between(a, opening));
            Assert.Equal(sut.IsOpen(a), opening == a);
        }

        if (sut.NextClosing(a) is { } closing)
        {
            Assert.False(sut.IsOpen(closing));
            Assert.Equal(closing - a, sut.Between(a, closing));
            Assert.Equal(!sut.IsOpen(a), closing == a);
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public void Holiday_RemovesExactlyItsOwnIntervals_Meets_Specification(CalendarCase sample)
    {
        // A calendar = the same calendar with date H as a holiday + a calendar open only during H's intervals.
        var sut = sample.Calendar;
        var holiday = sample.A.InZone(sut.TimeZone).Date;
        var hours = sut.GetHours(holiday);
        var (a, b) = (sample.PreciseA - Duration.FromDays(1), sample.B + Duration.FromDays(1));
        if (hours.IsEmpty)
        {
            Assert.Equal(sut.Between(a, b), Rebuild(sut, builder => builder.AddHoliday(holiday)).Between(a, b));
            return;
        }

        // With H as a holiday the calendar may have no open time left at all, which Build rejects.
        var withHoliday = TryRebuild(sut, builder => builder.AddHoliday(holiday));
        var onlyHoliday = new BusinessCalendarBuilder(sut.TimeZone).SetOverride(holiday, hours).Build();
        Assert.Equal(sut.Between(a, b), (withHoliday?.Between(a, b) ?? Duration.Zero) + onlyHoliday.Between(a, b));
        Assert.Equal(sut.IsOpen(sample.A), (withHoliday?.IsOpen(sample.A) ?? false) || onlyHoliday.IsOpen(sample.A));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public void AlwaysOpenCalendar_IsPlainArithmetic_Meets_Specification(CalendarCase sample)
    {
        var builder = new BusinessCalendarBuilder(sample.Calendar.TimeZone);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            builder.AddHours(day, BusinessHoursInterval.WholeDay);
        }

        var sut = builder.Build();
        var a = sample.PreciseA;
        var d = sample.PreciseD1 + Duration.FromDays(sample.D2.Minutes % 400);

        Assert.Equal(a + d, sut.Add(a, d));
        Assert.Equal(sample.B - a, sut.Between(a, sample.B));
        Assert.True(sut.IsOpen(a));
        Assert.Null(sut.NextClosing(a));
        Assert.Equal(a, sut.NextOpening(a));
    }

    private static Instant? TryAdd(BusinessCalendar calendar, Instant start, Duration businessTime)
    {
        try
        {
            return calendar.Add(start, businessTime);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static BusinessCalendar? TryRebuild(BusinessCalendar calendar, Action<BusinessCalendarBuilder> change)
    {
        try
        {
            return Rebuild(calendar, change);
        }
        catch (InvalidOperationException error) when (error.Message.Contains("no open time", StringComparison.Ordinal))
        {
            return null;
        }
    }

    private static BusinessCalendar Rebuild(BusinessCalendar calendar, Action<BusinessCalendarBuilder> change)
    {
        var builder = new BusinessCalendarBuilder(calendar.TimeZone);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            foreach (var interval in calendar.GetWeeklyHours(day))
            {
                builder.AddHours(day, interval);
            }
        }

        builder.AddHolidays(calendar.Holidays);
        foreach (var (date, hours) in calendar.Overrides)
        {
            builder.SetOverride(date, hours);
        }

        change(builder);
        return builder.Build();
    }

    private static void AssertSameWithinHorizon(Instant? expected, Instant? actual, Instant start, Duration horizon)
    {
        if (expected is null)
        {
            // The reference gave up at its horizon; the fast calendar may only answer beyond it.
            Assert.True(actual is null || actual.Value - start > horizon - Duration.FromMinutes(1), $"expected nothing within {horizon}, got {actual}");
        }
        else
        {
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>A generated calendar with instants and durations near its DST changes, holidays and opening times.</summary>
    /// <param name="Calendar">The calendar.</param>
    /// <param name="A">A whole-minute instant.</param>
    /// <param name="B">Another whole-minute instant near <paramref name="A"/>, before or after it.</param>
    /// <param name="D1">A whole-minute duration.</param>
    /// <param name="D2">Another whole-minute duration.</param>
    /// <param name="JitterA">Nanoseconds to add to <paramref name="A"/> for properties that need no reference.</param>
    /// <param name="JitterD">Nanoseconds to add to <paramref name="D1"/> likewise.</param>
    /// <param name="LongHours">A number of business hours for long spans, up to 3,000.</param>
    public sealed record CalendarCase(BusinessCalendar Calendar, Instant A, Instant B, Duration D1, Duration D2, long JitterA, long JitterD, int LongHours)
    {
        public Instant PreciseA => A + Duration.FromNanoseconds(JitterA);

        public Duration PreciseD1 => D1 + Duration.FromNanoseconds(JitterD);

        public override string ToString() => $"{Calendar.ToJson()} A={A} B={B} D1={D1} D2={D2} JitterA={JitterA}ns JitterD={JitterD}ns LongHours={LongHours}";
    }

    public static class Arbitraries
    {
        private static readonly string[] Zones =
        [
            "America/New_York", "Europe/Dublin", "Australia/Lord_Howe", "Pacific/Chatham",
            "America/Santiago", "UTC", "Asia/Kolkata",
            "Pacific/Apia", // skipped the whole of 30 December 2011 (UTC-10 to UTC+14), then had DST until 2021
        ];

        private static readonly Dictionary<string, Instant[]> Transitions = Zones.ToDictionary(
            id => id,
            id => DateTimeZoneProviders.Tzdb[id]
                .GetZoneIntervals(Instant.FromUtc(2010, 1, 1, 0, 0), Instant.FromUtc(2028, 1, 1, 0, 0))
                .Skip(1)
                .Select(interval => interval.Start)
                .ToArray());

        private static readonly BusinessHoursInterval[][] CommonDays =
        [
            [Hours(9, 0, 17, 0)],
            [Hours(9, 0, 12, 0), Hours(13, 0, 17, 0)],
            [Hours(1, 0, 3, 0)],
            [Hours(22, 0, 6, 0)],
            [Hours(0, 0, 2, 30)],
            [Hours(2, 0, 3, 0), Hours(8, 0, 20, 0)],
            [Hours(1, 30, 2, 45)],
            [BusinessHoursInterval.UntilEndOfDay(new LocalTime(18, 0))],
            [Hours(0, 0, 4, 0), BusinessHoursInterval.UntilEndOfDay(new LocalTime(20, 0))],
        ];

        public static Arbitrary<CalendarCase> Cases()
            => Arb.From(
                from zoneId in Gen.Elements(Zones)
                from anchor in AnchorDay(zoneId)
                from calendar in Calendar(zoneId, anchor)
                from a in InstantNear(calendar, anchor)
                from b in InstantNear(calendar, anchor)
                from d1 in BusinessMinutes()
                from d2 in BusinessMinutes()
                from jitterA in Jitter()
                from jitterD in Jitter()
                from longHours in Gen.Choose(1, 3000)
                select new CalendarCase(calendar, a, b, d1, d2, jitterA, jitterD, longHours));

        private static BusinessHoursInterval Hours(int h1, int m1, int h2, int m2) => new(new LocalTime(h1, m1), new LocalTime(h2, m2));

        private static Gen<LocalDate> AnchorDay(string zoneId)
        {
            var zone = DateTimeZoneProviders.Tzdb[zoneId];
            var random = Gen.Choose(0, 4 * 365).Select(days => new LocalDate(2024, 1, 1).PlusDays(days));
            var transitions = Transitions[zoneId];
            if (transitions.Length == 0)
            {
                return random;
            }

            var transitionDay = Gen.Elements(transitions).Select(t => t.InZone(zone).Date);
            return Gen.Frequency((3, transitionDay), (1, random));
        }

        private static Gen<BusinessCalendar> Calendar(string zoneId, LocalDate anchor)
        {
            var gen =
                from week in Gen.Frequency((6, Gen.ListOf(Day(), 7)), (1, Gen.ListOf(Gen.Constant(Array.Empty<BusinessHoursInterval>()), 7)))
                from holidayOffsets in Gen.Frequency((2, Gen.Constant(Array.Empty<int>())), (1, Gen.ArrayOf(Gen.Choose(-3, 4), 1)), (1, Gen.ArrayOf(Gen.Choose(-3, 4), 2)))
                from overrideCount in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)), (1, Gen.Constant(3)))
                from overrideOffsets in Gen.ArrayOf(Gen.Choose(-3, 4), overrideCount)
                from overrideDays in Gen.ListOf(Day(), overrideCount)
                select TryBuild(zoneId, anchor, [.. week], holidayOffsets, overrideOffsets, [.. overrideDays]);
            return gen.Where(calendar => calendar is not null).Select(calendar => calendar!);
        }

        private static BusinessCalendar? TryBuild(
            string zoneId, LocalDate anchor, BusinessHoursInterval[][] week, int[] holidayOffsets, int[] overrideOffsets, BusinessHoursInterval[][] overrideDays)
        {
            var builder = new BusinessCalendarBuilder(zoneId);
            for (var i = 0; i < 7; i++)
            {
                foreach (var interval in week[i])
                {
                    builder.AddHours((IsoDayOfWeek)(i + 1), interval);
                }
            }

            builder.AddHolidays(holidayOffsets.Select(anchor.PlusDays));
            for (var i = 0; i < overrideOffsets.Length; i++)
            {
                builder.SetOverride(anchor.PlusDays(overrideOffsets[i]), overrideDays[i]);
            }

            try
            {
                return builder.Build();
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }

        private static Gen<BusinessHoursInterval[]> Day()
            => Gen.Frequency(
                (3, Gen.Constant(Array.Empty<BusinessHoursInterval>())),
                (1, Gen.Constant(new[] { BusinessHoursInterval.WholeDay })),
                (4, Gen.Elements(CommonDays)),
                (5, RandomDay()));

        private static Gen<BusinessHoursInterval[]> RandomDay()
            => from count in Gen.Choose(1, 3)
               from marks in Gen.ArrayOf(Gen.Choose(0, 96), 2 * count)
               from spill in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 32)))
               select QuarterHourIntervals(marks, spill);

        /// <summary>Pairs distinct sorted quarter-hour marks (96 = 24:00) into intervals; a spill turns the last into a past-midnight one.</summary>
        private static BusinessHoursInterval[] QuarterHourIntervals(int[] marks, int spill)
        {
            var sorted = marks.Distinct().Order().ToArray();
            var intervals = new List<BusinessHoursInterval>();
            for (var i = 0; i + 1 < sorted.Length; i += 2)
            {
                var start = Quarter(sorted[i]);
                var last = i + 3 >= sorted.Length;
                if (last && spill > 0 && spill < sorted[i])
                {
                    intervals.Add(new BusinessHoursInterval(start, Quarter(spill)));
                }
                else
                {
                    intervals.Add(sorted[i + 1] == 96 ? BusinessHoursInterval.UntilEndOfDay(start) : new BusinessHoursInterval(start, Quarter(sorted[i + 1])));
                }
            }

            return [.. intervals];
        }

        private static LocalTime Quarter(int quarter) => LocalTime.FromMinutesSinceMidnight(quarter * 15);

        private static Gen<Instant> InstantNear(BusinessCalendar calendar, LocalDate anchor)
        {
            var zone = calendar.TimeZone;
            var windowStart = anchor.PlusDays(-2).AtStartOfDayInZone(zone).ToInstant();
            var uniform = Gen.Choose(0, 5 * 1440).Select(minutes => windowStart + Duration.FromMinutes(minutes));
            var transitions = Transitions[zone.Id];
            var nearTransition = transitions.Length == 0
                ? uniform
                : from minutes in Gen.Choose(-180, 180)
                  select transitions.MinBy(t => Math.Abs((t - windowStart).TotalDays))! + Duration.FromMinutes(minutes);
            var atBoundary =
                from dayOffset in Gen.Choose(-2, 2)
                from pick in Gen.Choose(0, 99)
                from nudge in Gen.Elements(-1, 0, 0, 1)
                select Boundary(calendar, anchor.PlusDays(dayOffset), pick) ?? windowStart + Duration.FromMinutes(nudge + (pick * 60));
            return Gen.Frequency((3, uniform), (2, nearTransition), (3, atBoundary));
        }

        private static Instant? Boundary(BusinessCalendar calendar, LocalDate date, int pick)
        {
            var hours = calendar.GetHours(date);
            if (hours.IsEmpty)
            {
                return null;
            }

            var interval = hours[pick % hours.Length];
            var start = date + interval.Start;
            var local = pick % 2 == 0 ? start : start.PlusTicks(interval.Length.BclCompatibleTicks);
            return local.InZoneLeniently(calendar.TimeZone).ToInstant();
        }

        private static Gen<Duration> BusinessMinutes()
            => Gen.Frequency(
                (1, Gen.Constant(0)),
                (1, Gen.Elements(1, 15, 60, 120, 480)),
                (3, Gen.Choose(1, 600)),
                (2, Gen.Choose(1, 3 * 1440)))
            .Select(minutes => Duration.FromMinutes(minutes));

        private static Gen<long> Jitter()
            => Gen.Frequency(
                (3, Gen.Constant(0L)),
                (1, Gen.Choose(1, 99).Select(nanos => (long)nanos)),
                (1, from ms in Gen.Choose(0, 59_999) from ns in Gen.Choose(0, 999_999) select (ms * 1_000_000L) + ns));
    }
}
