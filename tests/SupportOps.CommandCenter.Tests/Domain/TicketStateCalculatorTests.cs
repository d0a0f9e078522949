using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Seeding;
using SupportOps.EventTimeline.Events;
using SupportOps.RiskModel.Scoring;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Evaluation;

namespace SupportOps.CommandCenter.Tests.Domain;

/// <summary>
/// <see cref="TicketStateCalculator.RefreshAt"/> (a time-only refresh from the stored SLA state) against
/// <see cref="TicketStateCalculator.Compute"/> (a full evaluation from the events) over the seeded workload.
/// </summary>
public sealed class TicketStateCalculatorTests
{
    private static readonly string Configuration = Path.Combine(AppContext.BaseDirectory, "Configuration");
    private static readonly SlaEvaluator Evaluator = ApplicationServiceExtensions.CreateSlaEvaluator(Configuration);
    private static readonly TicketStateCalculator Sut = new(Evaluator, new RiskScorer());
    private static readonly PropertyInfo[] Columns = typeof(TicketSnapshotRecord).GetProperties();

    // New York: clocks spring forward at 2026-03-08 07:00 UTC (02:00 EST) and fall back at 2026-11-01 06:00 UTC (02:00 EDT).
    private static readonly Instant SpringForward = Instant.FromUtc(2026, 3, 8, 7, 0);
    private static readonly Instant FallBack = Instant.FromUtc(2026, 11, 1, 6, 0);

    // Friday 2026-03-06 and Monday 2026-11-02, 17:00 local: the business day closes.
    private static readonly Instant FridayClosingEst = Instant.FromUtc(2026, 3, 6, 22, 0);
    private static readonly Instant MondayClosingEst = Instant.FromUtc(2026, 11, 2, 22, 0);

    // Monday 2026-03-09 09:00 and 17:00 EDT, the first business day after the spring change.
    private static readonly Instant MondayOpeningEdt = Instant.FromUtc(2026, 3, 9, 13, 0);
    private static readonly Instant MondayClosingEdt = Instant.FromUtc(2026, 3, 9, 21, 0);

    public static TheoryData<string, Instant, Instant[]> Workloads => new()
    {
        {
            "spring forward",
            Instant.FromUtc(2026, 3, 6, 20, 30), // Friday 15:30 EST: the workload ends before the weekend and the DST change
            [FridayClosingEst - Duration.Epsilon, FridayClosingEst, FridayClosingEst + Duration.Epsilon, SpringForward - Duration.Epsilon, SpringForward, SpringForward + Duration.FromHours(1),
                MondayOpeningEdt - Duration.FromTicks(1), MondayOpeningEdt, MondayOpeningEdt + Duration.FromMinutes(7), MondayClosingEdt, MondayClosingEdt + Duration.FromSeconds(1), MondayClosingEdt + Duration.FromDays(10)]
        },
        {
            "fall back",
            Instant.FromUtc(2026, 10, 30, 14, 0), // Friday 10:00 EDT
            [Instant.FromUtc(2026, 10, 30, 21, 0), FallBack - Duration.FromTicks(1), FallBack, FallBack + Duration.FromMinutes(90),
                Instant.FromUtc(2026, 11, 2, 14, 0), MondayClosingEst - Duration.FromTicks(1), MondayClosingEst, MondayClosingEst + Duration.FromHours(13), Instant.FromUtc(2026, 12, 24, 18, 0), Instant.FromUtc(2026, 12, 28, 12, 0)]
        },
    };

    [Theory]
    [MemberData(nameof(Workloads))]
    public void RefreshAt_SeededWorkloadAtLaterInstants_EqualsAFullEvaluationFromTheEvents(string workload, Instant anchor, Instant[] instants)
    {
        var streams = Streams(seed: 42, tickets: 400, days: 14, anchor);
        var breachedByRefresh = 0;

        foreach (var (id, events) in streams)
        {
            var stored = Sut.Compute(id, events, anchor);
            var previous = stored;
            foreach (var now in instants)
            {
                var expected = Sut.Compute(id, events, now);

                var fromStored = Sut.RefreshAt(stored, now);
                var chained = Sut.RefreshAt(previous, now);

                AssertSameColumns(expected, fromStored, $"{workload}: {id} refreshed from {anchor} to {now}");
                AssertSameColumns(expected, chained, $"{workload}: {id} refreshed step by step to {now}");
                breachedByRefresh += !previous.IsBreached && chained!.IsBreached ? 1 : 0;
                previous = chained!;
            }
        }

        Assert.True(breachedByRefresh > 10, $"{workload}: only {breachedByRefresh} tickets breached between the instants; the comparison would not notice a wrong breach instant");
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 15)]
    public void RefreshAt_RandomWorkloadAnchorAndInstant_Meets_Specification(int seed, int anchorMinutes, int laterMinutes)
    {
        var anchor = Instant.FromUtc(2026, 2, 27, 0, 0) + Duration.FromMinutes(anchorMinutes);
        var now = anchor + Duration.FromMinutes(laterMinutes);

        foreach (var (id, events) in Streams(seed, tickets: 40, days: 6, anchor))
        {
            AssertSameColumns(Sut.Compute(id, events, now), Sut.RefreshAt(Sut.Compute(id, events, anchor), now), $"seed {seed}: {id} from {anchor} to {now}");
        }
    }

    [Fact]
    public void Compute_SameEventsAtDifferentInstants_StoresTheSameSlaState()
    {
        var anchor = Instant.FromUtc(2026, 3, 10, 15, 0);

        foreach (var (id, events) in Streams(seed: 7, tickets: 60, days: 5, anchor))
        {
            Assert.Equal(Sut.Compute(id, events, anchor).SlaState, Sut.Compute(id, events, anchor + Duration.FromDays(3)).SlaState);
        }
    }

    [Fact]
    public void RefreshAt_RowOfAnotherVersion_ReturnsNull()
    {
        var anchor = Instant.FromUtc(2026, 3, 10, 15, 0);
        var (id, events) = Streams(seed: 3, tickets: 5, days: 2, anchor).First();
        var row = Sut.Compute(id, events, anchor);
        row.Version++;

        Assert.Null(Sut.RefreshAt(row, anchor + Duration.FromHours(1)));
    }

    [Fact]
    public void RefreshAt_RowWithoutState_ReturnsNull()
    {
        var anchor = Instant.FromUtc(2026, 3, 10, 15, 0);
        var (id, events) = Streams(seed: 3, tickets: 5, days: 2, anchor).First();
        var row = Sut.Compute(id, events, anchor);
        row.SlaState = null;

        Assert.Null(Sut.RefreshAt(row, anchor + Duration.FromHours(1)));
    }

    [Fact]
    public void RefreshAt_StateSavedUnderOtherCalendars_ReturnsNull()
    {
        var anchor = Instant.FromUtc(2026, 3, 10, 15, 0);
        var (id, events) = Streams(seed: 3, tickets: 5, days: 2, anchor).First();
        var row = Sut.Compute(id, events, anchor);
        var allDay = new SlaEvaluator(Evaluator.Policies, SlaCalendarSet.Create(Evaluator.Calendars.DefaultName!, CalendarHours.Instance));
        var sut = new TicketStateCalculator(allDay, new RiskScorer());

        Assert.Null(sut.RefreshAt(row, anchor + Duration.FromHours(1)));
        Assert.NotNull(Sut.RefreshAt(row, anchor + Duration.FromHours(1)));
    }

    private static List<(string Id, List<EventEnvelope> Events)> Streams(int seed, int tickets, int days, Instant anchor)
        => [.. SeedGenerator.Generate(new SeedOptions { Seed = seed, Tickets = tickets, Days = days }, anchor, Sut)
            .Select(r => (r.TicketId, r.Events.Select((e, i) => e.ToEnvelope(r.TicketId, i + 1, anchor)).ToList()))];

    private static void AssertSameColumns(TicketSnapshotRecord expected, TicketSnapshotRecord? actual, string what)
    {
        Assert.NotNull(actual);
        foreach (var column in Columns)
        {
            var (want, got) = (column.GetValue(expected), column.GetValue(actual));
            Assert.True(Equals(want, got), $"{what}: {column.Name} is {got}, a full evaluation gives {want}");
        }
    }

    public static class Arbitraries
    {
        public static Arbitrary<int> Int32() => Gen.Choose(0, 20_000).ToArbitrary();
    }
}
