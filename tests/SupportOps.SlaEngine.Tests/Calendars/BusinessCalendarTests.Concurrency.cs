using NodaTime;
using SupportOps.SlaEngine.Calendars;

namespace SupportOps.SlaEngine.Tests.Calendars;

public sealed partial class BusinessCalendarTests
{
    [Fact]
    public void Operations_FromManyThreadsAtOnce_GiveTheSameResults()
    {
        // The calendar keeps one unsynchronized lookup hint; it must never change a result.
        var sut = new BusinessCalendarBuilder("Europe/Dublin")
            .AddWeekdayHours(new LocalTime(8, 30), new LocalTime(17, 30))
            .AddHours(IsoDayOfWeek.Saturday, new LocalTime(22, 0), new LocalTime(4, 0))
            .AddHoliday(new LocalDate(2026, 3, 17))
            .Build();
        var starts = Enumerable.Range(0, 400).Select(i => Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromHours(i * 23)).ToArray();
        var target = Duration.FromHours(30);
        var expected = starts.Select(start => (sut.Add(start, target), sut.Between(start, start + Duration.FromDays(9)))).ToArray();
        var mismatches = 0;

        Parallel.For(0, 4 * starts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var k = (i * 7919) % starts.Length;
            var actual = (sut.Add(starts[k], target), sut.Between(starts[k], starts[k] + Duration.FromDays(9)));
            if (actual != expected[k])
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }
}
