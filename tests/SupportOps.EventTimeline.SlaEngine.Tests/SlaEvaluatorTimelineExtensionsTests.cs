using NodaTime;
using SupportOps.EventTimeline.Events;
using SlaTimerKind = SupportOps.SlaEngine.Timers.SlaTimerKind;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Policies;
using SupportOps.SlaEngine.Timers;
using SupportOps.Testing;

namespace SupportOps.EventTimeline.SlaEngine.Tests;

public sealed class SlaEvaluatorTimelineExtensionsTests
{
    private static readonly SlaEvaluator Evaluator = new(
        new SlaPolicySetBuilder()
            .Default("standard", policy => policy
                .FirstResponse(timer => timer.Target(Duration.FromHours(2)))
                .Resolution(timer => timer.Target(Duration.FromHours(8))))
            .Build(),
        SlaCalendarSet.Create("utc", new BusinessCalendarBuilder(DateTimeZone.Utc)
            .AddWeekdayHours(new LocalTime(9, 0), new LocalTime(17, 0))
            .Build()));

    [Fact]
    public void EvaluateTimeline_ReplyWithinTarget_FulfilsFirstResponse()
    {
        var events = new TicketStream("T-1", "2026-11-30 09:00").Reply("2026-11-30 10:00").Events;

        var sut = Evaluator.EvaluateTimeline(events, TicketStream.At("2026-11-30 12:00"));

        var cycle = Assert.Single(sut!.Timer(SlaTimerKind.FirstResponse)!.Cycles);
        Assert.Equal(SlaCycleStatus.Fulfilled, cycle.Status);
        Assert.False(cycle.IsBreached);
    }

    [Fact]
    public void EvaluateTimeline_NoReplyBeforeNow_BreachesInBusinessTime()
    {
        // Friday 16:00 + 2 business hours = Monday 10:00.
        var events = new TicketStream("T-1", "2026-12-04 16:00").Reply("2026-12-07 11:00").Events;

        var sut = Evaluator.EvaluateTimeline(events, TicketStream.At("2026-12-07 12:00"));

        var cycle = Assert.Single(sut!.Timer(SlaTimerKind.FirstResponse)!.Cycles);
        Assert.True(cycle.IsBreached);
        Assert.Equal(TicketStream.At("2026-12-07 10:00"), cycle.BreachedAt);
    }

    [Fact]
    public void EvaluateTimeline_EventsAfterNow_AreLeftOut()
    {
        var events = new TicketStream("T-1", "2026-11-30 09:00").Reply("2026-11-30 10:00").Events;

        var sut = Evaluator.EvaluateTimeline(events, TicketStream.At("2026-11-30 09:30"));

        Assert.Equal(SlaCycleStatus.Running, sut!.Timer(SlaTimerKind.FirstResponse)!.Current!.Status);
    }

    [Fact]
    public void EvaluateTimeline_ReopenedTicket_StartsANewResolutionCycleOrResumes()
    {
        var events = new TicketStream("T-1", "2026-11-30 09:00")
            .Reply("2026-11-30 09:30")
            .Solve("2026-11-30 10:00")
            .Reopen("2026-11-30 11:00")
            .Events;

        var sut = Evaluator.EvaluateTimeline(events, TicketStream.At("2026-11-30 12:00"));

        Assert.Equal(SupportOps.SlaEngine.Occurrences.TicketStatus.Open, sut!.Status);
        Assert.True(sut.Timer(SlaTimerKind.Resolution)!.Current!.IsActive);
    }

    [Fact]
    public void EvaluateTimeline_CreatedAfterNow_ReturnsNull()
    {
        var events = new TicketStream("T-1", "2026-11-30 09:00").Events;

        Assert.Null(Evaluator.EvaluateTimeline(events, TicketStream.At("2026-11-30 08:00")));
    }

    [Fact]
    public void EvaluateTimeline_NullEvaluator_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ((SlaEvaluator)null!).EvaluateTimeline([], Instant.MinValue));
    }
}
