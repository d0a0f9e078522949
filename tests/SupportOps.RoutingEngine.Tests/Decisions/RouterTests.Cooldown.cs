using NodaTime;
using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Policies;
using static SupportOps.RoutingEngine.Tests.Fixtures.Scenario;

namespace SupportOps.RoutingEngine.Tests.Decisions;

public sealed partial class RouterTests
{
    private static readonly RoutingOptions Quarter = new() { Hysteresis = 0.25 };

    [Fact]
    public void DryRun_DuringCooldownWithinHysteresis_KeepsTheCurrentAssignee()
    {
        var sut = new Router(RoutingPolicy.DefaultV1, Quarter);
        var ticket = Ticket(risk: 60, assignee: "a-gen", assignedAt: Now - Duration.FromMinutes(5));

        var decision = sut.DryRun(ticket, Team(General(load: 2), Billing(load: 1)), null, Now);

        Assert.Equal(new DecisionTarget(DecisionTargetKind.Agent, "a-gen"), decision.Target);
        Assert.Contains(RoutingReasonCode.KeptCurrentAssignee, decision.ReasonCodes);
        Assert.Contains(new RoutingAlternative(AlternativeKind.Agent, "a-bill", RejectionReason.CooldownKeptAssignee), decision.Alternatives);
    }

    [Fact]
    public void DryRun_DuringCooldownBeyondHysteresis_MovesToTheLeastLoaded()
    {
        var sut = new Router(RoutingPolicy.DefaultV1, Quarter);
        var ticket = Ticket(risk: 60, assignee: "a-gen", assignedAt: Now - Duration.FromMinutes(5));

        var decision = sut.DryRun(ticket, Team(General(load: 3), Billing(load: 1)), null, Now);

        Assert.Equal(new DecisionTarget(DecisionTargetKind.Agent, "a-bill"), decision.Target);
        Assert.DoesNotContain(RoutingReasonCode.KeptCurrentAssignee, decision.ReasonCodes);
    }

    [Fact]
    public void DryRun_AfterCooldown_MovesToTheLeastLoaded()
    {
        var sut = new Router(RoutingPolicy.DefaultV1, Quarter);
        var ticket = Ticket(risk: 60, assignee: "a-gen", assignedAt: Now - Duration.FromMinutes(15));

        var decision = sut.DryRun(ticket, Team(General(load: 2), Billing(load: 1)), null, Now);

        Assert.Equal(new DecisionTarget(DecisionTargetKind.Agent, "a-bill"), decision.Target);
    }

    [Fact]
    public void DryRun_CooldownDisabled_MovesToTheLeastLoaded()
    {
        var sut = new Router(RoutingPolicy.DefaultV1, new RoutingOptions { Hysteresis = 0.25, Cooldown = Duration.Zero });
        var ticket = Ticket(risk: 60, assignee: "a-gen", assignedAt: Now - Duration.FromMinutes(1));

        Assert.Equal("a-bill", sut.DryRun(ticket, Team(General(load: 2), Billing(load: 1)), null, Now).AssigneeId);
    }

    [Fact]
    public void DryRun_DuringCooldownAssigneeAtCapacity_StaysBecauseTheTicketIsAlreadyCounted()
    {
        var sut = new Router(RoutingPolicy.DefaultV1, new RoutingOptions { Hysteresis = 1 });
        var ticket = Ticket(risk: 60, assignee: "a-gen", assignedAt: Now - Duration.FromMinutes(5));

        var decision = sut.DryRun(ticket, Team(General(load: 5)), null, Now);

        Assert.Equal("a-gen", decision.AssigneeId);
    }

    [Fact]
    public void DryRun_DuringCooldownAssigneeOffline_MovesOn()
    {
        var sut = new Router(RoutingPolicy.DefaultV1, new RoutingOptions { Hysteresis = 1 });
        var ticket = Ticket(risk: 60, assignee: "a-gen", assignedAt: Now - Duration.FromMinutes(5));
        var offline = new Agent("a-gen", ["general"], AgentStatus.Offline, 5, 0);

        Assert.Equal("a-bill", sut.DryRun(ticket, Team(offline), null, Now).AssigneeId);
    }

    [Fact]
    public void DryRun_ShiftCrossingMidnightInTheAgentsZone_CountsAfterMidnight()
    {
        // Now is Wednesday 14:00 UTC = Thursday 01:00 in Sydney (UTC+11).
        var sut = new Router(RoutingPolicy.DefaultV1);
        Agent Night(IsoDayOfWeek day) =>
            new("night", ["general"], AgentStatus.Online, 5, 0, Sydney, WeeklyShift.Of(new ShiftWindow(day, new LocalTime(22, 0), new LocalTime(6, 0))));
        var busy = new Agent("busy", ["general"], AgentStatus.Online, 5, 4);

        var wednesdayNight = sut.DryRun(Ticket(risk: 60), new CapacitySnapshot([Night(IsoDayOfWeek.Wednesday), busy]), null, Now);
        var thursdayNight = sut.DryRun(Ticket(risk: 60), new CapacitySnapshot([Night(IsoDayOfWeek.Thursday), busy]), null, Now);

        Assert.Equal("night", wednesdayNight.AssigneeId);
        Assert.Equal("busy", thursdayNight.AssigneeId);
        Assert.Contains(new RoutingAlternative(AlternativeKind.Agent, "night", RejectionReason.OffShift), thursdayNight.Alternatives);
    }

    [Fact]
    public void DryRun_DayWithTwoShiftSegments_ChecksEverySegment()
    {
        // Now is Thursday 01:00 in Sydney; night shifts on Wednesday and Thursday give Thursday the
        // segments [00:00, 06:00) and [22:00, 24:00), so the agent is on shift in the first one.
        var sut = new Router(RoutingPolicy.DefaultV1);
        var twoNights = WeeklyShift.Of(
            new ShiftWindow(IsoDayOfWeek.Wednesday, new LocalTime(22, 0), new LocalTime(6, 0)),
            new ShiftWindow(IsoDayOfWeek.Thursday, new LocalTime(22, 0), new LocalTime(6, 0)));
        var afternoonAndNight = WeeklyShift.Of(
            new ShiftWindow(IsoDayOfWeek.Thursday, new LocalTime(12, 0), new LocalTime(14, 0)),
            new ShiftWindow(IsoDayOfWeek.Thursday, new LocalTime(22, 0), new LocalTime(6, 0)));
        var busy = new Agent("busy", ["general"], AgentStatus.Online, 5, 4);

        var onShift = sut.DryRun(Ticket(risk: 60), new CapacitySnapshot([new("night", ["general"], AgentStatus.Online, 5, 0, Sydney, twoNights), busy]), null, Now);
        var offShift = sut.DryRun(Ticket(risk: 60), new CapacitySnapshot([new("night", ["general"], AgentStatus.Online, 5, 0, Sydney, afternoonAndNight), busy]), null, Now);

        Assert.Equal("night", onShift.AssigneeId);
        Assert.Equal("busy", offShift.AssigneeId);
        Assert.Contains(new RoutingAlternative(AlternativeKind.Agent, "night", RejectionReason.OffShift), offShift.Alternatives);
    }
}
