using NodaTime;
using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Policies;
using static SupportOps.RoutingEngine.Tests.Fixtures.Scenario;

namespace SupportOps.RoutingEngine.Tests.Decisions;

public sealed partial class RouterTests
{
    private static readonly RoutingPolicy Escalation = new RoutingPolicyBuilder()
        .WithVersion("escalation-1").WithSalt("s").AddQueues("triage", "oncall").WithDefaultQueue("triage")
        .AddRule("P0", RoutingTarget.OnCall(RoutingTarget.PrimaryRole), "oncall", RoutingTarget.OnCall(RoutingTarget.SecondaryRole), new RuleCondition(priorities: [Priority.P0]))
        .Build();

    [Fact]
    public void DryRun_PrimaryOffline_FallsBackToTheSecondaryOnCall()
    {
        var sut = new Router(Escalation);

        var decision = sut.DryRun(Ticket(priority: Priority.P0), Team(OnCallAgent(AgentStatus.Offline)), null, Now);

        Assert.Equal("a-gen", decision.AssigneeId);
        Assert.Equal("oncall", decision.Queue);
        Assert.Equal(
            [RoutingReasonCode.RuleMatched, RoutingReasonCode.NoEligibleAgent, RoutingReasonCode.FallbackUsed, RoutingReasonCode.LeastLoaded, RoutingReasonCode.OnCallAssigned],
            decision.ReasonCodes.ToArray());
        Assert.Contains(new RoutingAlternative(AlternativeKind.Agent, "sre-1", RejectionReason.Offline), decision.Alternatives);
        Assert.Contains(new RoutingAlternative(AlternativeKind.Target, "on_call:primary", RejectionReason.NoEligibleAgent), decision.Alternatives);
    }

    [Fact]
    public void DryRun_OnCallAgentMissingFromTheSnapshot_IsRecordedAndSkipped()
    {
        var sut = new Router(Escalation);
        var capacity = new CapacitySnapshot(Team().Agents, new OnCallSchedule([new OnCallShift(Now - Duration.FromHours(1), Now + Duration.FromHours(1), "ghost", "a-bill")]));

        var decision = sut.DryRun(Ticket(priority: Priority.P0), capacity, null, Now);

        Assert.Equal("a-bill", decision.AssigneeId);
        Assert.Contains(new RoutingAlternative(AlternativeKind.Agent, "ghost", RejectionReason.NotInSnapshot), decision.Alternatives);
    }

    [Fact]
    public void DryRun_MoreAgentsThanTheStackScratch_PicksTheLeastLoaded()
    {
        var sut = new Router(RoutingPolicy.DefaultV1);
        var agents = Enumerable.Range(0, 700).Select(i => new Agent($"agent-{i:000}", ["general"], AgentStatus.Online, 10, i == 613 ? 0 : 1 + (i % 9)));

        var decision = sut.DryRun(Ticket(risk: 60), new CapacitySnapshot(agents), null, Now);

        Assert.Equal("agent-613", decision.AssigneeId);
        Assert.Equal(RoutingReasonCode.LeastLoaded, decision.ReasonCodes[1]);
        Assert.Equal(4 + 699, decision.Alternatives.Length + decision.AlternativesOmitted);
    }
}
