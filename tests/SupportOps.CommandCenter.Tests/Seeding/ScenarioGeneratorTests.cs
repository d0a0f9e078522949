using NodaTime;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Seeding;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;
using SupportOps.SlaEngine.Timers;
using SlaTimerKind = SupportOps.SlaEngine.Timers.SlaTimerKind;

namespace SupportOps.CommandCenter.Tests.Seeding;

public sealed class ScenarioGeneratorTests
{
    private static readonly TicketStateCalculator Calculator = new(
        ApplicationServiceExtensions.CreateSlaEvaluator(Path.Combine(AppContext.BaseDirectory, "Configuration")),
        new SupportOps.RiskModel.Scoring.RiskScorer());

    public static TheoryData<string> Anchors => new()
    {
        "2026-03-10T15:00:00Z", // Tuesday 11:00 New York, two days after the DST change
        "2026-03-15T03:00:00Z", // Saturday night: the calendar is closed
        "2026-12-28T14:30:00Z", // Monday after the Christmas holiday
    };

    [Theory]
    [MemberData(nameof(Anchors))]
    public void Generate_AtAnchor_EachScenarioIsInItsState(string anchorText)
    {
        var anchor = NodaTime.Text.InstantPattern.ExtendedIso.Parse(anchorText).Value;

        var sut = ScenarioGenerator.Generate(new Random(3), anchor, Calculator, 1).ToList();

        Assert.Equal(33, sut.Count);
        var states = sut.Select(r => (Scenario: Scenario(r), Sla: Calculator.EvaluateSla(Envelopes(r, anchor), anchor)!)).ToList();
        Assert.All(sut.SelectMany(r => r.Events), e => Assert.True(e.OccurredAt < anchor));
        AssertScenario(states, "first-response-about-to-breach", 6, SlaTimerKind.FirstResponse, c => c.Status == SlaCycleStatus.Running && !c.IsBreached && c.Remaining / c.Target is > 0 and <= 0.25);
        AssertScenario(states, "first-response-breached", 4, SlaTimerKind.FirstResponse, c => c.Status == SlaCycleStatus.Running && c.IsBreached);
        AssertScenario(states, "next-response-near-breach", 8, SlaTimerKind.NextResponse, c => c.Status == SlaCycleStatus.Running && !c.IsBreached && c.Remaining / c.Target is > 0 and <= 0.3);
        AssertScenario(states, "resolution-breached", 5, SlaTimerKind.Resolution, c => c.Status == SlaCycleStatus.Running && c.IsBreached);
        AssertScenario(states, "paused-pending-customer", 10, SlaTimerKind.Resolution, c => c.Status == SlaCycleStatus.Paused);
    }

    [Fact]
    public void Generate_SameRandomSeedAndAnchor_SameTickets()
    {
        var anchor = Instant.FromUtc(2026, 3, 10, 15, 0);

        var first = ScenarioGenerator.Generate(new Random(3), anchor, Calculator, 1).SelectMany(r => r.Events).ToList();
        var second = ScenarioGenerator.Generate(new Random(3), anchor, Calculator, 1).SelectMany(r => r.Events).ToList();

        Assert.Equal(first.Select(e => (e.OccurredAt, e.DedupeKey)), second.Select(e => (e.OccurredAt, e.DedupeKey)));
    }

    [Fact]
    public void SeedGenerator_DefaultOptions_InjectsTheScenariosWithinTheTotal()
    {
        var sut = SeedGenerator.Generate(new SeedOptions(), Instant.FromUtc(2026, 3, 10, 15, 0), Calculator);

        Assert.Equal(120, sut.Count);
        Assert.Equal(ScenarioGenerator.Count, sut.Count(r => ((TicketCreated)r.Events[0].Event).Subject.StartsWith('[')));
        Assert.Equal(sut.Count, sut.Select(r => r.TicketId).Distinct().Count());
    }

    private static void AssertScenario(
        List<(string Scenario, SupportOps.SlaEngine.Evaluation.TicketSlaState Sla)> states, string scenario, int count, SlaTimerKind kind, Func<SlaTimerCycle, bool> expected)
    {
        var matching = states.Where(s => s.Scenario == scenario).ToList();
        Assert.Equal(count, matching.Count);
        Assert.All(matching, s =>
        {
            var cycle = s.Sla.Timer(kind)?.Current;
            Assert.NotNull(cycle);
            Assert.True(expected(cycle), $"{scenario}: {cycle.Explain()}");
        });
    }

    private static string Scenario(AppendRequest request)
    {
        var subject = ((TicketCreated)request.Events[0].Event).Subject;
        return subject[1..subject.IndexOf(']', StringComparison.Ordinal)];
    }

    private static List<EventEnvelope> Envelopes(AppendRequest request, Instant anchor)
        => [.. request.Events.Select((e, i) => new EventEnvelope
        {
            EventId = $"{request.TicketId}:{i + 1}",
            TicketId = request.TicketId,
            Version = i + 1,
            OccurredAt = e.OccurredAt,
            RecordedAt = anchor,
            Actor = e.Actor,
            Source = e.Source,
            DedupeKey = e.DedupeKey,
            SchemaVersion = TicketEventCatalog.CurrentSchemaVersion(e.Event.Kind),
            Event = e.Event,
        })];
}
