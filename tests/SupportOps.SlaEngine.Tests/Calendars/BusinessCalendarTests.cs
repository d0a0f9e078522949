using NodaTime;
using SupportOps.SlaEngine.Calendars;

namespace SupportOps.SlaEngine.Tests.Calendars;

public sealed partial class BusinessCalendarTests
{
    private const string NewYork = "America/New_York";

    private static readonly DateTimeZone NewYorkZone = DateTimeZoneProviders.Tzdb[NewYork];

    private static BusinessCalendar NineToFive(params LocalDate[] holidays)
        => new BusinessCalendarBuilder(NewYork)
            .AddWeekdayHours(new LocalTime(9, 0), new LocalTime(17, 0))
            .AddHolidays(holidays)
            .Build();

    private static Instant Local(int year, int month, int day, int hour, int minute = 0, string zone = NewYork)
        => new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(DateTimeZoneProviders.Tzdb[zone]).ToInstant();

    private static Instant LocalLenient(int year, int month, int day, int hour, int minute = 0)
        => new LocalDateTime(year, month, day, hour, minute).InZoneLeniently(NewYorkZone).ToInstant();

    [Fact]
    public void Add_EightHoursFromMondayOpening_IsMondayClosingNotTuesdayOpening()
    {
        var sut = NineToFive();

        var due = sut.Add(Local(2026, 1, 12, 9), Duration.FromHours(8));

        Assert.Equal(Local(2026, 1, 12, 17), due);
    }

    [Fact]
    public void Add_Zero_ReturnsStartEvenWhenClosed()
    {
        var sut = NineToFive();
        var saturday = Local(2026, 1, 17, 3);

        Assert.Equal(saturday, sut.Add(saturday, Duration.Zero));
    }

    [Fact]
    public void Add_FridayAfternoonBeforeMondayHoliday_SkipsWeekendAndHoliday()
    {
        var sut = NineToFive(new LocalDate(2026, 1, 19));

        var due = sut.Add(Local(2026, 1, 16, 13), Duration.FromHours(8));

        Assert.Equal(Local(2026, 1, 20, 13), due);
    }

    [Fact]
    public void Between_OverAWeek_CountsFiveWorkdays()
    {
        var sut = NineToFive();

        var business = sut.Between(Local(2026, 1, 12, 0), Local(2026, 1, 19, 0));

        Assert.Equal(Duration.FromHours(40), business);
    }

    [Fact]
    public void IsOpen_AtClosingTime_IsClosed()
    {
        var sut = NineToFive();

        Assert.True(sut.IsOpen(Local(2026, 1, 12, 16, 59)));
        Assert.False(sut.IsOpen(Local(2026, 1, 12, 17)));
        Assert.True(sut.IsOpen(Local(2026, 1, 12, 9)));
    }

    [Fact]
    public void FromJson_IssueExample_ReadsEveryPart()
    {
        const string json = """
            {"timeZone": "America/New_York",
             "week": {"monday": [["09:00","12:00"],["13:00","17:00"]], "friday": [["22:00","06:00"]]},
             "holidays": ["2026-12-25"],
             "overrides": {"2026-12-24": [["09:00","13:00"]]}}
            """;

        var sut = BusinessCalendar.FromJson(json);

        Assert.Equal(NewYork, sut.TimeZone.Id);
        Assert.Equal(2, sut.GetWeeklyHours(IsoDayOfWeek.Monday).Length);
        Assert.True(sut.GetWeeklyHours(IsoDayOfWeek.Friday)[0].RunsPastMidnight);
        Assert.Equal(new LocalDate(2026, 12, 25), Assert.Single(sut.Holidays));
        Assert.Equal(Duration.FromHours(4), sut.Between(Local(2026, 12, 24, 0), Local(2026, 12, 25, 0)));
        Assert.True(sut.IsOpen(Local(2026, 11, 28, 5, 59)));
    }

    [Fact]
    public void ToJson_RoundTrips()
    {
        const string json = """{"timeZone":"America/New_York","week":{"monday":[["09:00","12:00"],["13:00","17:00"]],"friday":[["22:00","06:00"]],"sunday":[["00:00","24:00"]]},"holidays":["2026-12-25"],"overrides":{"2026-12-24":[["09:00","13:00"]],"2026-12-31":[]}}""";

        var sut = BusinessCalendar.FromJson(json);

        Assert.Equal(json, sut.ToJson());
        Assert.Equal(json, BusinessCalendar.FromJson(sut.ToJson()).ToJson());
    }

    [Fact]
    public void ReadmeExample_GivesTheDocumentedResults()
    {
        // Same code as "How to use" in src/SupportOps.SlaEngine/README.md.
        var calendar = BusinessCalendar.FromJson("""
            {"timeZone": "America/New_York",
             "week": {"monday": [["09:00","17:00"]], "tuesday": [["09:00","17:00"]], "wednesday": [["09:00","17:00"]],
                      "thursday": [["09:00","17:00"]], "friday": [["09:00","17:00"]]},
             "holidays": ["2026-01-19"]}
            """);

        var created = Instant.FromUtc(2026, 1, 16, 18, 0);
        Instant due = calendar.Add(created, Duration.FromHours(8));
        Duration used = calendar.Between(created, Instant.FromUtc(2026, 1, 20, 16, 0));
        bool open = calendar.IsOpen(created);

        Assert.Equal(Local(2026, 1, 20, 13), due);
        Assert.Equal(Duration.FromHours(6), used);
        Assert.True(open);
    }

    [Fact]
    public void DocsExample_BuilderAndJsonDescribeTheSameCalendar()
    {
        // Same code as "The calendar" in docs/sla-engine.md.
        var calendar = new BusinessCalendarBuilder("America/New_York")
            .AddHours(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(12, 0))
            .AddHours(IsoDayOfWeek.Monday, new LocalTime(13, 0), new LocalTime(17, 0))
            .AddHours(IsoDayOfWeek.Friday, new LocalTime(22, 0), new LocalTime(6, 0))
            .AddHoliday(new LocalDate(2026, 12, 25))
            .SetOverride(new LocalDate(2026, 12, 24), new BusinessHoursInterval(new LocalTime(9, 0), new LocalTime(13, 0)))
            .Build();
        string json = calendar.ToJson();
        var same = BusinessCalendar.FromJson(json);

        var fromDocs = BusinessCalendar.FromJson("""
            {"timeZone": "America/New_York",
             "week": {"monday": [["09:00","12:00"],["13:00","17:00"]], "friday": [["22:00","06:00"]]},
             "holidays": ["2026-12-25"],
             "overrides": {"2026-12-24": [["09:00","13:00"]]}}
            """);
        Assert.Equal(fromDocs.ToJson(), json);
        Assert.Equal(json, same.ToJson());
    }

    [Fact]
    public void RootReadmeExample_GivesTheDocumentedResults()
    {
        // The SlaEngine example proposed for the repository's README.md.
        var calendar = new BusinessCalendarBuilder("America/New_York")
            .AddWeekdayHours(new LocalTime(9, 0), new LocalTime(17, 0))
            .AddHoliday(new LocalDate(2026, 1, 19))
            .Build();

        var created = Instant.FromUtc(2026, 1, 16, 18, 0);
        Instant due = calendar.Add(created, Duration.FromHours(8));
        Duration spent = calendar.Between(created, Instant.FromUtc(2026, 1, 20, 16, 0));
        Instant? opens = calendar.NextOpening(Instant.FromUtc(2026, 1, 17, 15, 0));

        Assert.Equal(Local(2026, 1, 20, 13), due);
        Assert.Equal(Duration.FromHours(6), spent);
        Assert.Equal(Local(2026, 1, 20, 9), opens);
    }
}
