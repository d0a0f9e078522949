using NodaTime;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Policies;
using SupportOps.SlaEngine.Timers;
using static SupportOps.SlaEngine.Tests.Support.SlaFixtures;

namespace SupportOps.SlaEngine.Tests.Evaluation;

public sealed partial class SlaEvaluatorTests
{
    [Fact]
    public void Evaluate_AgentRepliesWithinBusinessHours_FirstResponseFulfilled()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(Ticket(Created("2026-11-30 10:00"), Reply("2026-11-30 11:30")), Ny("2026-11-30 12:00"));

        var cycle = Cycle(state, SlaTimerKind.FirstResponse);
        Assert.Equal(SlaCycleStatus.Fulfilled, cycle.Status);
        Assert.Equal(Ny("2026-11-30 11:30"), cycle.FulfilledAt);
        Assert.Equal(Ny("2026-11-30 14:00"), cycle.Due);
        Assert.Equal(Duration.FromMinutes(90), cycle.Elapsed);
        Assert.Equal(Duration.FromMinutes(150), cycle.Remaining);
        Assert.False(cycle.IsBreached);
        Assert.Empty(cycle.Warnings);
        Assert.Equal("fulfilled", cycle.StateText());
    }

    [Fact]
    public void Evaluate_TicketCreatedLateFriday_FirstResponseDueNextBusinessMorning()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(Ticket(Created("2026-12-04 16:00")), Ny("2026-12-05 12:00"));

        var cycle = Cycle(state, SlaTimerKind.FirstResponse);
        Assert.Equal(SlaCycleStatus.Running, cycle.Status);
        Assert.Equal(Ny("2026-12-07 12:00"), cycle.Due);
        Assert.Equal(Duration.FromHours(1), cycle.Elapsed);
        Assert.Equal(Duration.FromHours(3), cycle.Remaining);
        Assert.Equal(25d, cycle.ElapsedPercent);
        Assert.Equal(cycle.Due, cycle.OriginalDue);
    }

    [Fact]
    public void Evaluate_AgentRepliesAfterHours_FulfilledWithoutBusinessTimePassing()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(Ticket(Created("2026-12-04 18:00"), Reply("2026-12-05 10:00")), Ny("2026-12-05 11:00"));

        var cycle = Cycle(state, SlaTimerKind.FirstResponse);
        Assert.Equal(SlaCycleStatus.Fulfilled, cycle.Status);
        Assert.Equal(Duration.Zero, cycle.Elapsed);
        Assert.Equal(Ny("2026-12-07 13:00"), cycle.Due);
    }

    [Fact]
    public void Evaluate_InternalNote_DoesNotStopFirstResponse()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(Ticket(Created("2026-11-30 10:00"), Note("2026-11-30 10:30")), Ny("2026-11-30 11:00"));

        var cycle = Cycle(state, SlaTimerKind.FirstResponse);
        Assert.Equal(SlaCycleStatus.Running, cycle.Status);
        Assert.Equal(Duration.FromHours(1), cycle.Elapsed);
        Assert.Single(cycle.Reasons);
    }

    [Fact]
    public void Evaluate_NoReplyPastDue_BreachedAtDueAndStillRunning()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(Ticket(Created("2026-11-30 10:00", Priority.P0)), Ny("2026-11-30 12:00"));

        var cycle = Cycle(state, SlaTimerKind.FirstResponse);
        Assert.Equal(SlaCycleStatus.Running, cycle.Status);
        Assert.True(cycle.IsBreached);
        Assert.Equal(Ny("2026-11-30 11:00"), cycle.BreachedAt);
        Assert.Equal(Ny("2026-11-30 11:00"), cycle.Due);
        Assert.Equal(Duration.FromHours(-1), cycle.Remaining);
        Assert.Equal(200d, cycle.ElapsedPercent);
        Assert.True(state.EverBreached);
        Assert.Equal("breached", cycle.StateText());
    }

    [Fact]
    public void Evaluate_NowExactlyAtDue_BreachedAtOneHundredPercent()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(Ticket(Created("2026-11-30 09:00", Priority.P0)), Ny("2026-11-30 10:00"));

        var cycle = Cycle(state, SlaTimerKind.FirstResponse);
        Assert.True(cycle.IsBreached);
        Assert.Equal(100d, cycle.ElapsedPercent);
        Assert.Equal(Ny("2026-11-30 10:00"), cycle.BreachedAt);
    }

    [Fact]
    public void Evaluate_NowOneMinuteBeforeDue_NotBreached()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(Ticket(Created("2026-11-30 09:00", Priority.P0)), Ny("2026-11-30 09:59"));

        var cycle = Cycle(state, SlaTimerKind.FirstResponse);
        Assert.False(cycle.IsBreached);
        Assert.Equal(Duration.FromMinutes(1), cycle.Remaining);
    }

    [Fact]
    public void Evaluate_ReplyAfterDue_FulfilledLate()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(Ticket(Created("2026-11-30 10:00", Priority.P0), Reply("2026-11-30 11:15")), Ny("2026-11-30 12:00"));

        var cycle = Cycle(state, SlaTimerKind.FirstResponse);
        Assert.Equal(SlaCycleStatus.Fulfilled, cycle.Status);
        Assert.Equal(Ny("2026-11-30 11:00"), cycle.BreachedAt);
        Assert.Equal(Duration.FromMinutes(75), cycle.Elapsed);
        Assert.Equal("fulfilled late", cycle.StateText());
        Assert.True(state.EverBreached);
    }

    [Fact]
    public void Evaluate_StartOnFirstCustomerMessage_StartsAtTheMessage()
    {
        var rules = SlaTimerRules.DefaultFor(SlaTimerKind.FirstResponse) with { Start = SlaStartTrigger.FirstCustomerMessage };
        var policies = new SlaPolicySetBuilder()
            .Default("d", p => p.UseCalendar("new-york").FirstResponse(t => t.Target(Duration.FromHours(1)).WithRules(rules)))
            .Build();
        var sut = Evaluator(policies);

        var state = sut.Evaluate(
            Ticket(Created("2026-11-30 09:00"), Customer("2026-11-30 10:00"), Customer("2026-11-30 10:10")),
            Ny("2026-11-30 10:30"));

        var timer = state.Timer(SlaTimerKind.FirstResponse)!;
        var cycle = Assert.Single(timer.Cycles);
        Assert.Equal(Ny("2026-11-30 10:00"), cycle.Start);
        Assert.Equal(Ny("2026-11-30 11:00"), cycle.Due);
        Assert.Equal(SlaReasonKind.StartedAtCustomerMessage, cycle.Reasons[0].Kind);
    }

    [Fact]
    public void Evaluate_SolvedWithoutReply_FirstResponseFulfilledBySolve()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(Ticket(Created("2026-11-30 09:00"), Status("2026-11-30 10:00", TicketStatus.Solved)), Ny("2026-11-30 11:00"));

        var cycle = Cycle(state, SlaTimerKind.FirstResponse);
        Assert.Equal(SlaCycleStatus.Fulfilled, cycle.Status);
        Assert.Equal(SlaReasonKind.FulfilledBySolved, cycle.Reasons[^1].Kind);
        Assert.Null(state.SoonestDue);
    }

    private static SlaTimerCycle Cycle(TicketSlaState state, SlaTimerKind kind, int number = 1)
    {
        var timer = state.Timer(kind);
        Assert.NotNull(timer);
        Assert.True(timer.Cycles.Length >= number, $"{kind} has {timer.Cycles.Length} cycles, expected at least {number}.");
        return timer.Cycles[number - 1];
    }
}
