using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using NodaTime;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Tests.Reference;

namespace SupportOps.Benchmarks.Calendars;

/// <summary>
/// Business-hours arithmetic on a Mon–Fri 09:00–17:00 America/New_York calendar with Martin Luther
/// King Day (Monday 2026-01-19) as a holiday, against the minute-stepping reference on the same input.
/// Each category has its own baseline.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[Config(typeof(TrendRatioConfig))]
public class BusinessCalendarBenchmark
{
    private BusinessCalendar calendar = null!;
    private MinuteSteppingCalendar reference = null!;
    private Instant fridayAfternoon;
    private Instant weekStart;
    private Instant weekEnd;
    private Duration eightHours;
    private Duration twoThousandHours;

    [GlobalSetup]
    public void Setup()
    {
        calendar = new BusinessCalendarBuilder("America/New_York")
            .AddWeekdayHours(new LocalTime(9, 0), new LocalTime(17, 0))
            .AddHoliday(new LocalDate(2026, 1, 19))
            .Build();
        reference = new MinuteSteppingCalendar(calendar);
        var zone = calendar.TimeZone;

        // Friday 13:00: four hours on Friday, then the weekend and the Monday holiday, then four on Tuesday.
        fridayAfternoon = new LocalDateTime(2026, 1, 16, 13, 0).InZoneStrictly(zone).ToInstant();
        weekStart = new LocalDateTime(2026, 1, 12, 8, 0).InZoneStrictly(zone).ToInstant();
        weekEnd = weekStart + Duration.FromDays(7);
        eightHours = Duration.FromHours(8);
        twoThousandHours = Duration.FromHours(2000);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Add 8 h over weekend + holiday")]
    public Instant AddMinuteStepping() => reference.Add(fridayAfternoon, eightHours);

    [Benchmark]
    [BenchmarkCategory("Add 8 h over weekend + holiday")]
    public Instant Add() => calendar.Add(fridayAfternoon, eightHours);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Between over a week")]
    public Duration BetweenMinuteStepping() => reference.Between(weekStart, weekEnd);

    [Benchmark]
    [BenchmarkCategory("Between over a week")]
    public Duration Between() => calendar.Between(weekStart, weekEnd);

    [Benchmark]
    [BenchmarkCategory("Add 2,000 h (no baseline)")]
    public Instant AddTwoThousandHours() => calendar.Add(fridayAfternoon, twoThousandHours);

    /// <summary>Shows ratios as "1,234x faster" so speed-ups of several thousand stay readable.</summary>
    private sealed class TrendRatioConfig : ManualConfig
    {
        public TrendRatioConfig() => WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
    }
}
