using NodaTime;
using SupportOps.RoutingEngine.Agents;

namespace SupportOps.RoutingEngine.Tests.Agents;

public sealed class CompiledCapacityTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Kolkata = DateTimeZoneProviders.Tzdb["Asia/Kolkata"];
    private static readonly DateTimeZone LordHowe = DateTimeZoneProviders.Tzdb["Australia/Lord_Howe"];

    [Fact]
    public void OnShiftMask_InstantsInAnyOrderAcrossOffsetChanges_MatchesEachAgentsShift()
    {
        var sut = Snapshot();
        var instants = new List<Instant>();
        // Around the 2026 spring-forward in New York (8 March) and Berlin (29 March) and the autumn fall-back
        // in Berlin (25 October) and New York (1 November), every 7.5 minutes over three days each.
        foreach (var start in new[] { Instant.FromUtc(2026, 3, 6, 0, 0), Instant.FromUtc(2026, 3, 27, 0, 0), Instant.FromUtc(2026, 10, 23, 0, 0), Instant.FromUtc(2026, 10, 30, 0, 0) })
        {
            for (var step = 0; step < 3 * 24 * 8; step++)
            {
                instants.Add(start + Duration.FromSeconds(step * 450));
            }
        }

        var shuffled = instants.ToArray();
        new Random(5).Shuffle(shuffled);
        AssertMatches(sut, shuffled);
        AssertMatches(sut, instants);
    }

    [Fact]
    public void OnShiftMask_EitherSideOfAShiftBoundary_ChangesExactlyAtTheBoundary()
    {
        var sut = Snapshot();
        // Wednesday 25 November 2026 in Berlin (UTC+1): agent "a" works 09:00-17:00.
        var nine = Instant.FromUtc(2026, 11, 25, 8, 0);
        var five = Instant.FromUtc(2026, 11, 25, 16, 0);
        var justBefore = Duration.FromNanoseconds(1);

        Assert.True(OnShift(sut, nine, "a"));
        Assert.False(OnShift(sut, nine - justBefore, "a"));
        Assert.True(OnShift(sut, five - justBefore, "a"));
        Assert.False(OnShift(sut, five, "a"));
        Assert.True(OnShift(sut, nine + Duration.FromHours(1), "a"));
        AssertMatches(sut, [nine - justBefore, nine, five - justBefore, five, five - justBefore, nine - justBefore]);
    }

    [Fact]
    public void OnShiftMask_InstantsAtTheEndsOfTime_MatchesEachAgentsShift()
    {
        // Only UTC has a local date at both ends of time; the span around such an instant stops at the end.
        AssertMatches(Snapshot(DateTimeZone.Utc), [Instant.MinValue, Instant.MaxValue, Instant.MinValue + Duration.FromHours(30), Instant.MaxValue - Duration.FromHours(30), Instant.MaxValue, Instant.MinValue]);
    }

    [Fact]
    public void OnShiftMask_ManyThreadsAtDifferentInstants_EachMatchesEachAgentsShift()
    {
        var sut = Snapshot();
        var start = Instant.FromUtc(2026, 3, 27, 0, 0);

        // Threads replace one another's cached spans all the time; each must still see a consistent set.
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, thread =>
            AssertMatches(sut, Enumerable.Range(0, 300).Select(step => start + Duration.FromMinutes((step * 37 * (thread + 1)) % (4 * 24 * 60)))));
    }

    private static CapacitySnapshot Snapshot(params DateTimeZone[] zones)
    {
        zones = zones.Length > 0 ? zones : [Berlin, NewYork, Kolkata, LordHowe, DateTimeZone.Utc];
        var weekdays = WeeklyShift.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0));
        var overnight = WeeklyShift.Of(
            new ShiftWindow(IsoDayOfWeek.Sunday, new LocalTime(22, 0), new LocalTime(6, 0)),
            new ShiftWindow(IsoDayOfWeek.Friday, new LocalTime(23, 30), new LocalTime(2, 30)));
        var split = WeeklyShift.Of(
            new ShiftWindow(IsoDayOfWeek.Saturday, new LocalTime(1, 0), new LocalTime(3, 0)),
            new ShiftWindow(IsoDayOfWeek.Saturday, new LocalTime(2, 30), new LocalTime(4, 15)),
            new ShiftWindow(IsoDayOfWeek.Sunday, new LocalTime(4, 0), new LocalTime(5, 30)),
            new ShiftWindow(IsoDayOfWeek.Monday, new LocalTime(8, 0), new LocalTime(12, 0)),
            new ShiftWindow(IsoDayOfWeek.Monday, new LocalTime(13, 0), new LocalTime(18, 0)));
        var agents = new List<Agent>();
        // A Sunday day shift: the spring-forward nights are Sundays, so the span cached before an offset change
        // would end an hour late after it.
        var sunday = WeeklyShift.On(new LocalTime(10, 0), new LocalTime(18, 0), IsoDayOfWeek.Sunday);
        WeeklyShift[] shifts = [weekdays, overnight, split, sunday, WeeklyShift.Always, WeeklyShift.Of()];
        for (var i = 0; i < 70; i++)
        {
            var id = i == 0 ? "a" : $"agent-{i:00}";
            agents.Add(new Agent(id, null, AgentStatus.Online, 1, 0, zones[i % zones.Length], shifts[(i / zones.Length) % shifts.Length]));
        }

        return new CapacitySnapshot(agents);
    }

    private static bool OnShift(CapacitySnapshot snapshot, Instant now, string agentId)
    {
        var compiled = snapshot.Compiled;
        var mask = new ulong[compiled.Words];
        compiled.OnShiftMask(now, mask);
        var index = compiled.IndexById[agentId];
        return (mask[index >> 6] & (1UL << (index & 63))) != 0;
    }

    private static void AssertMatches(CapacitySnapshot snapshot, IEnumerable<Instant> instants)
    {
        var compiled = snapshot.Compiled;
        var mask = new ulong[compiled.Words];
        foreach (var now in instants)
        {
            compiled.OnShiftMask(now, mask);
            for (var i = 0; i < snapshot.Agents.Length; i++)
            {
                var agent = snapshot.Agents[i];
                var expected = agent.Shift.Contains(now.InZone(agent.TimeZone).LocalDateTime);
                var actual = (mask[i >> 6] & (1UL << (i & 63))) != 0;
                Assert.True(expected == actual, $"{agent.Id} ({agent.TimeZone.Id}) at {now}: expected on shift {expected}, got {actual}.");
            }
        }
    }
}
