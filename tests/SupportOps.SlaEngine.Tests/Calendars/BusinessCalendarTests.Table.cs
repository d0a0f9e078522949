using NodaTime;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Tests.Reference;

namespace SupportOps.SlaEngine.Tests.Calendars;

public sealed partial class BusinessCalendarTests
{
    public static TheoryData<string> TableCalendars => new()
    {
        """{"timeZone": "America/New_York", "week": {"monday": [["09:00","17:00"]], "tuesday": [["09:00","17:00"]], "wednesday": [["09:00","17:00"]], "thursday": [["09:00","17:00"]], "friday": [["09:00","17:00"]]}, "holidays": ["2026-02-27"]}""",
        """{"timeZone": "Europe/Dublin", "week": {"friday": [["08:30","12:00"],["13:00","17:30"]], "saturday": [["22:00","04:00"]], "sunday": [["04:00","24:00"]]}, "overrides": {"2026-03-01": [["10:00","11:00"]]}}""",
        """{"timeZone": "America/New_York", "week": {"sunday": [["01:00","03:00"]], "monday": [["00:00","24:00"]], "tuesday": [["00:00","24:00"]]}, "holidays": ["2026-03-03"]}""",
    };

    [Theory]
    [MemberData(nameof(TableCalendars))]
    public void Operations_AroundATableBlockBoundary_AgreeWithMinuteSteppingReference(string json)
    {
        // The calendar answers from blocks of its open time built on first use; a span that crosses
        // from one block into the next (here 2026-03-01 00:00 UTC, a week before the US DST change) must
        // give exactly what a span inside one block gives.
        var sut = BusinessCalendar.FromJson(json);
        var reference = new MinuteSteppingCalendar(sut, Duration.FromDays(30));
        var boundary = BlockBoundaryNear(Instant.FromUtc(2026, 3, 1, 0, 0));
        Assert.Equal(Instant.FromUtc(2026, 3, 1, 0, 0), boundary);
        Duration[] spans = [Duration.FromMinutes(1), Duration.FromHours(5), Duration.FromDays(2), Duration.FromDays(9)];
        Duration[] targets = [Duration.FromMinutes(1), Duration.FromMinutes(30), Duration.FromHours(8), Duration.FromHours(40)];

        for (var start = boundary - Duration.FromDays(3); start < boundary + Duration.FromDays(1); start += Duration.FromMinutes(211))
        {
            Assert.Equal(reference.IsOpen(start), sut.IsOpen(start));
            foreach (var span in spans)
            {
                Assert.Equal(reference.Between(start, start + span), sut.Between(start, start + span));
            }

            foreach (var target in targets)
            {
                Assert.Equal(reference.Add(start, target), sut.Add(start, target));
            }
        }

        Assert.Equal(reference.IsOpen(boundary), sut.IsOpen(boundary));
        Assert.Equal(reference.IsOpen(boundary - Duration.FromMinutes(1)), sut.IsOpen(boundary - Duration.FromMinutes(1)));
    }

    [Fact]
    public void Operations_OnACalendarWithManyIntervalsPerDay_AgreeWithMinuteSteppingReference()
    {
        // 32 intervals a day are more than a table block keeps; the calendar walks its hours instead.
        var builder = new BusinessCalendarBuilder("Europe/Dublin");
        for (var minute = 0; minute < 24 * 60; minute += 45)
        {
            builder.AddHours(IsoDayOfWeek.Wednesday, new BusinessHoursInterval(LocalTime.FromMinutesSinceMidnight(minute), LocalTime.FromMinutesSinceMidnight(minute + 30)));
        }

        var sut = builder.Build();
        var reference = new MinuteSteppingCalendar(sut);

        for (var start = Instant.FromUtc(2026, 3, 23, 22, 0); start < Instant.FromUtc(2026, 4, 2, 0, 0); start += Duration.FromMinutes(313))
        {
            Assert.Equal(reference.IsOpen(start), sut.IsOpen(start));
            Assert.Equal(reference.Between(start, start + Duration.FromDays(3)), sut.Between(start, start + Duration.FromDays(3)));
            Assert.Equal(reference.Add(start, Duration.FromHours(7)), sut.Add(start, Duration.FromHours(7)));
        }
    }

    [Fact]
    public void Between_OverManyTableBlocks_IsTheSumOfItsParts()
    {
        var sut = NineToFive(new LocalDate(2026, 7, 3), new LocalDate(2026, 12, 25));
        var start = Local(2026, 1, 5, 10, 30);
        var end = Local(2027, 2, 1, 12);
        var middle = Local(2026, 6, 17, 13, 15);

        // 281 weekdays from start to end, less two holidays, 09:00-10:30 on the first and 12:00-17:00 on the last.

        var whole = sut.Between(start, end);

        Assert.Equal(whole, sut.Between(start, middle) + sut.Between(middle, end));
        Assert.Equal(end, sut.Add(start, whole));
        Assert.Equal(Duration.FromHours(8 * (281 - 2)) - Duration.FromMinutes(90) - Duration.FromHours(5), whole);
    }

    private static Instant BlockBoundaryNear(Instant instant)
    {
        var span = OpenTimeBlock.SpanTicks;
        var blocks = (instant.ToUnixTimeTicks() - BusinessCalendar.TableStart + (span / 2)) / span;
        return Instant.FromUnixTimeTicks(BusinessCalendar.TableStart + (blocks * span));
    }
}
