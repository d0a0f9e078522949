using NodaTime;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Policies;
using SupportOps.SlaEngine.Timers;
using static SupportOps.SlaEngine.Tests.Support.SlaFixtures;

namespace SupportOps.SlaEngine.Tests.Evaluation;

public sealed partial class SlaEvaluatorTests
{
    [Fact]
    public void Evaluate_PriorityRaised_NewTargetCountsFromOriginalStart()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(Ticket(Created("2026-11-30 09:00", Priority.P3), PriorityTo("2026-11-30 10:00", Priority.P1)), Ny("2026-11-30 10:30"));

        var cycle = Cycle(state, SlaTimerKind.FirstResponse);
        Assert.Equal(Duration.FromHours(2), cycle.Target);
        Assert.Equal(Duration.FromHours(8), cycle.OriginalTarget);
        Assert.Equal(Ny("2026-11-30 11:00"), cycle.Due);
        Assert.Equal(Ny("2026-11-30 17:00"), cycle.OriginalDue);
        Assert.Equal(Priority.P1, cycle.Priority);
        Assert.Equal(SlaReasonKind.Retargeted, cycle.Reasons[^1].Kind);
        Assert.Equal(Priority.P1, state.Priority);
    }

    [Fact]
    public void Evaluate_PriorityRaisedPastNewTarget_BreachedAtNewDueInstant()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(Ticket(Created("2026-11-30 09:00", Priority.P3), PriorityTo("2026-11-30 12:00", Priority.P0)), Ny("2026-11-30 12:30"));

        var cycle = Cycle(state, SlaTimerKind.FirstResponse);
        Assert.True(cycle.IsBreached);
        Assert.Equal(Ny("2026-11-30 10:00"), cycle.BreachedAt);
        Assert.Equal(Ny("2026-11-30 10:00"), cycle.Due);
    }

    [Fact]
    public void Evaluate_PriorityLoweredAfterBreach_BreachAndTargetKept()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(Ticket(Created("2026-11-30 09:00", Priority.P0), PriorityTo("2026-11-30 11:00", Priority.P3)), Ny("2026-11-30 11:30"));

        var cycle = Cycle(state, SlaTimerKind.FirstResponse);
        Assert.Equal(Duration.FromHours(1), cycle.Target);
        Assert.Equal(Ny("2026-11-30 10:00"), cycle.BreachedAt);
        Assert.Equal(SlaReasonKind.RetargetIgnoredAlreadyBreached, cycle.Reasons[^1].Kind);
    }

    [Fact]
    public void Evaluate_PriorityLoweredBeforeDue_LongerTargetApplies()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(
            Ticket(Created("2026-11-30 09:00", Priority.P1), PriorityTo("2026-11-30 10:30", Priority.P3)),
            Ny("2026-11-30 12:00"));

        var cycle = Cycle(state, SlaTimerKind.FirstResponse);
        Assert.Equal(Duration.FromHours(8), cycle.Target);
        Assert.Equal(Duration.FromHours(3), cycle.Elapsed);
        Assert.False(cycle.IsBreached);
        Assert.Equal(Ny("2026-11-30 17:00"), cycle.Due);
        Assert.Equal(Ny("2026-11-30 11:00"), cycle.OriginalDue);
    }

    [Fact]
    public void Evaluate_NewPriorityWithoutTarget_CancelsRunningCycle()
    {
        var policies = new SlaPolicySetBuilder()
            .Default("d", p => p.UseCalendar("new-york").FirstResponse(t => t.Target(Priority.P0, Duration.FromHours(1)).Target(Priority.P1, Duration.FromHours(2))))
            .Build();
        var sut = Evaluator(policies);

        var state = sut.Evaluate(Ticket(Created("2026-11-30 09:00", Priority.P1), PriorityTo("2026-11-30 09:30", Priority.P3)), Ny("2026-11-30 12:00"));

        var cycle = Cycle(state, SlaTimerKind.FirstResponse);
        Assert.Equal(SlaCycleStatus.Cancelled, cycle.Status);
        Assert.Equal(Ny("2026-11-30 09:30"), cycle.EndedAt);
        Assert.Equal(Duration.FromMinutes(30), cycle.Elapsed);
        Assert.False(cycle.IsBreached);
        Assert.Equal("cancelled", cycle.StateText());
    }

    [Fact]
    public void Evaluate_PriorityChangeMatchesAnotherPolicy_ThatPolicysTargetsApply()
    {
        var policies = new SlaPolicySetBuilder()
            .Add("urgent", p => p.ForPriorities(Priority.P0).UseCalendar("new-york").FirstResponse(t => t.Target(Duration.FromMinutes(30))))
            .Default("standard", p => p.UseCalendar("new-york").FirstResponse(t => t.Target(Duration.FromHours(4))))
            .Build();
        var sut = Evaluator(policies);

        var state = sut.Evaluate(Ticket(Created("2026-11-30 09:00"), PriorityTo("2026-11-30 09:10", Priority.P0)), Ny("2026-11-30 09:20"));

        Assert.Equal("urgent", state.PolicyId);
        var cycle = Cycle(state, SlaTimerKind.FirstResponse);
        Assert.Equal("urgent", cycle.PolicyId);
        Assert.Equal(Ny("2026-11-30 09:30"), cycle.Due);
    }
}
