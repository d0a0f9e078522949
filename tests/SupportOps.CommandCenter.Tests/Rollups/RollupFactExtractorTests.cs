using NodaTime;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Rollups;
using SupportOps.EventTimeline.Events;
using RiskScorer = SupportOps.RiskModel.Scoring.RiskScorer;

namespace SupportOps.CommandCenter.Tests.Rollups;

public sealed partial class RollupFactExtractorTests
{
    private static readonly string Configuration = Path.Combine(AppContext.BaseDirectory, "Configuration");
    private static readonly ReportingCalendar Calendar = ReportingCalendar.Load(Configuration);

    // Monday 2026-03-09, 14:00 in New York (EDT, UTC-4).
    private static readonly Instant Monday = Instant.FromUtc(2026, 3, 9, 18, 0);

    private readonly RollupFactExtractor _sut = new(Calendar, new TicketStateCalculator(ApplicationServiceExtensions.CreateSlaEvaluator(Configuration), new RiskScorer()));

    [Fact]
    public void Extract_CreatedRepliedSolvedReopened_CountsEachOnceWithDurations()
    {
        var stream = new TicketStreamBuilder("T-1")
            .Created(Monday)
            .Reply(Monday + Duration.FromMinutes(30))
            .Reply(Monday + Duration.FromMinutes(90))
            .Status(Monday + Duration.FromHours(2), TicketStatus.Solved)
            .Status(Monday + Duration.FromHours(3), TicketStatus.Open)
            .Status(Monday + Duration.FromHours(4), TicketStatus.Closed);

        var facts = _sut.Extract("T-1", stream.Envelopes());

        var day = ReportingCalendar.ToDayNumber(new LocalDate(2026, 3, 9));
        Assert.Single(facts, f => f.Metric == RollupMetrics.Created && f.Day == day);
        var firstReply = Assert.Single(facts, f => f.Metric == RollupMetrics.FirstReply);
        Assert.Equal(30 * 60, firstReply.Seconds);
        Assert.Equal([2 * 3600L, 4 * 3600L], facts.Where(f => f.Metric == RollupMetrics.Solved).Select(f => f.Seconds));
        Assert.Single(facts, f => f.Metric == RollupMetrics.Reopened);
        Assert.Equal(0, facts.Where(f => f.Metric == RollupMetrics.Backlog).Sum(f => f.Count));
        Assert.Equal(["created", "backlog", "first_reply", "solved", "backlog", "reopened", "backlog", "solved", "backlog"], facts.Where(f => !f.Metric.StartsWith("sla_", StringComparison.Ordinal)).Select(f => f.Metric));
    }

    [Fact]
    public void Extract_LateEveningUtc_CountsOnTheNewYorkLocalDay()
    {
        // 2026-03-10 02:00 UTC is 2026-03-09 22:00 in New York.
        var stream = new TicketStreamBuilder("T-2").Created(Instant.FromUtc(2026, 3, 10, 2, 0));

        var created = Assert.Single(_sut.Extract("T-2", stream.Envelopes()), f => f.Metric == RollupMetrics.Created);

        Assert.Equal(new LocalDate(2026, 3, 9), ReportingCalendar.FromDayNumber(created.Day));
    }

    [Fact]
    public void Extract_QueueMoveAndAssignmentWhileOpen_MovesTheBacklogBetweenKeys()
    {
        var stream = new TicketStreamBuilder("T-3")
            .Created(Monday, queue: "billing")
            .Queue(Monday + Duration.FromMinutes(5), "technical")
            .Assign(Monday + Duration.FromMinutes(10), "agent-7");

        var backlog = _sut.Extract("T-3", stream.Envelopes()).Where(f => f.Metric == RollupMetrics.Backlog).ToList();

        Assert.Equal(
            [("billing", "", 1), ("billing", "", -1), ("technical", "", 1), ("technical", "", -1), ("technical", "agent-7", 1)],
            backlog.Select(f => (f.Dimensions.Queue, f.Dimensions.Agent, f.Count)));
    }

    [Fact]
    public void Extract_EventsBeforeTicketCreated_CountForNothing()
    {
        var stream = new TicketStreamBuilder("T-4")
            .CustomerMessage(Monday - Duration.FromHours(1), "Hello?")
            .Escalate(Monday - Duration.FromMinutes(30))
            .Created(Monday);

        var facts = _sut.Extract("T-4", stream.Envelopes());

        Assert.DoesNotContain(facts, f => f.Metric == RollupMetrics.Escalated);
        Assert.Single(facts, f => f.Metric == RollupMetrics.Created);
    }

    [Fact]
    public void Extract_LateEvent_IsTakenAtItsPredecessorsInstant()
    {
        var stream = new TicketStreamBuilder("T-5")
            .Created(Monday)
            .Reply(Monday - Duration.FromDays(2));

        var reply = Assert.Single(_sut.Extract("T-5", stream.Envelopes()), f => f.Metric == RollupMetrics.FirstReply);

        Assert.Equal(0, reply.Seconds);
        Assert.Equal(ReportingCalendar.ToDayNumber(new LocalDate(2026, 3, 9)), reply.Day);
    }

    [Fact]
    public void Extract_FirstReplyAfterTheDueInstant_CountsAFirstResponseBreachOnTheDueDay()
    {
        var stream = new TicketStreamBuilder("T-6")
            .Created(Monday)
            .CustomerMessage(Monday + Duration.FromMinutes(1), "Please help, payment failed.")
            .Reply(Monday + Duration.FromDays(3));

        var facts = _sut.Extract("T-6", stream.Envelopes());

        var breach = Assert.Single(facts, f => f.Metric == RollupMetrics.SlaBreached && f.Timer == RollupTimers.FirstResponse);
        Assert.True(breach.Day < ReportingCalendar.ToDayNumber(new LocalDate(2026, 3, 12)));
        Assert.DoesNotContain(facts, f => f.Metric == RollupMetrics.SlaMet && f.Timer == RollupTimers.FirstResponse);
    }

    [Fact]
    public void Extract_PromptFirstReply_CountsAFirstResponseMet()
    {
        var stream = new TicketStreamBuilder("T-7")
            .Created(Monday)
            .CustomerMessage(Monday + Duration.FromMinutes(1), "Please help.")
            .Reply(Monday + Duration.FromMinutes(10));

        var facts = _sut.Extract("T-7", stream.Envelopes());

        Assert.Single(facts, f => f.Metric == RollupMetrics.SlaMet && f.Timer == RollupTimers.FirstResponse);
        Assert.DoesNotContain(facts, f => f.Metric == RollupMetrics.SlaBreached);
    }

    [Fact]
    public void Extract_SameStreamTwice_GivesEqualFactsAndAPrefixGivesFewer()
    {
        var stream = new TicketStreamBuilder("T-8")
            .Created(Monday)
            .CustomerMessage(Monday + Duration.FromMinutes(1), "Our checkout is down for all users.")
            .Assign(Monday + Duration.FromMinutes(2), "agent-2")
            .Escalate(Monday + Duration.FromHours(1))
            .Reply(Monday + Duration.FromHours(5))
            .Status(Monday + Duration.FromHours(6), TicketStatus.Solved);
        var envelopes = stream.Envelopes();

        var whole = _sut.Extract("T-8", envelopes);

        // The facts are a function of the stream alone (no clock): extracting it again is identical.
        Assert.Equal(whole, _sut.Extract("T-8", [.. envelopes]));
        var prefix = _sut.Extract("T-8", [.. envelopes.Take(4)]);
        Assert.DoesNotContain(prefix, f => f.Metric is RollupMetrics.Solved or RollupMetrics.FirstReply);
        Assert.Contains(whole, f => f.Metric == RollupMetrics.Solved);
    }
}
