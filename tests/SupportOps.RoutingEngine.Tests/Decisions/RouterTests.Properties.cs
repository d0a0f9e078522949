using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Overrides;
using SupportOps.RoutingEngine.Policies;
using SupportOps.RoutingEngine.Tests.Fixtures;

namespace SupportOps.RoutingEngine.Tests.Decisions;

public sealed partial class RouterTests
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150)]
    public void DryRun_SameInputsAnyOrdering_Meets_Specification(RoutingWorld world)
    {
        var sut = new Router(RoutingPolicy.DefaultV1);
        var ticket = world.Ticket;
        var shuffledTicket = new RoutingTicket(
            ticket.Id, ticket.Priority, ticket.RiskScore, ticket.Tier, ticket.Channel,
            ticket.Tags.Reverse().Select(t => " " + t.ToUpperInvariant()), ticket.CreatedAt, ticket.CurrentAssignee, ticket.AssignedAt);
        var shuffledAgents = new CapacitySnapshot(world.Agents.Reverse().Select(a => new Agent(
            a.Id, a.Skills.Reverse(), a.Status, a.Capacity, a.Load, a.TimeZone, a.Shift, a.Team, a.IsTeamLead, a.ChannelCapacity.Reverse(), a.ChannelLoad.Reverse())), world.OnCall);

        var first = sut.DryRun(ticket, world.Snapshot, null, world.Now);
        var again = new Router(RoutingPolicy.DefaultV1).DryRun(ticket, world.Snapshot, null, world.Now);
        var reordered = sut.DryRun(shuffledTicket, shuffledAgents, null, world.Now);

        Assert.Equal(first, again);
        Assert.Equal(first, reordered);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150)]
    public void DryRun_AssignedAgent_Meets_Specification(RoutingWorld world)
    {
        var sut = new Router(RoutingPolicy.DefaultV1, new RoutingOptions { MaxAlternatives = 0 });
        var snapshot = world.Snapshot;

        foreach (var ticket in world.Tickets)
        {
            var decision = sut.DryRun(ticket, snapshot, null, world.Now);
            if (decision.AssigneeId is null)
            {
                Assert.Contains(decision.ReasonCodes, c => c is RoutingReasonCode.NoEligibleAgent or RoutingReasonCode.NoRuleMatched);
                continue;
            }

            var rule = RoutingPolicy.DefaultV1.Rules.Single(r => r.Id == decision.RuleId);
            var target = decision.ReasonCodes.Contains(RoutingReasonCode.FallbackUsed) ? rule.Fallback! : rule.Target;
            var agent = snapshot.Find(decision.AssigneeId)!;
            var kept = decision.ReasonCodes.Contains(RoutingReasonCode.KeptCurrentAssignee);
            Assert.NotEqual(AgentStatus.Offline, agent.Status);
            Assert.True(kept ? agent.Load <= agent.Capacity : agent.Load < agent.Capacity);
            switch (target.Kind)
            {
                case RoutingTargetKind.AgentPool:
                    Assert.True(target.Id is null || agent.Skills.Contains(target.Id), $"{agent.Id} lacks {target.Id}");
                    Assert.Equal(AgentStatus.Online, agent.Status);
                    Assert.True(agent.Shift.Contains(world.Now.InZone(agent.TimeZone).LocalDateTime));
                    break;
                case RoutingTargetKind.TeamLead:
                    Assert.True(agent.IsTeamLead && agent.Team == target.Id);
                    Assert.True(agent.Shift.Contains(world.Now.InZone(agent.TimeZone).LocalDateTime));
                    break;
                case RoutingTargetKind.OnCall:
                    Assert.Equal(snapshot.OnCall.Resolve(world.Now, target.Id!), agent.Id);
                    break;
                default:
                    Assert.Fail($"A queue target assigned agent {agent.Id}.");
                    break;
            }
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150)]
    public void DryRun_ActiveOverride_Meets_Specification(RoutingWorld world, bool escalate, int pick)
    {
        var sut = new Router(RoutingPolicy.DefaultV1);
        var ticket = world.Ticket;
        var queues = RoutingPolicy.DefaultV1.Queues;
        var target = escalate ? queues[Index(pick, queues.Length)] : world.Agents[Index(pick, world.Agents.Length)].Id;
        var appliedAt = world.Now - NodaTime.Duration.FromMinutes(Index(pick, 90));
        var applied = escalate
            ? RoutingOverride.EscalateToQueue(ticket.Id, target, "lead decision", "lee", appliedAt)
            : RoutingOverride.ReassignToAgent(ticket.Id, target, "lead decision", "lee", appliedAt);

        var decision = sut.DryRun(ticket, world.Snapshot, RoutingOverrideSet.Empty.Apply(applied), world.Now);

        Assert.Equal(new DecisionTarget(escalate ? DecisionTargetKind.Queue : DecisionTargetKind.Agent, target), decision.Target);
        Assert.Equal(applied.Id, decision.OverrideId);
    }

    private static int Index(int value, int length) => ((value % length) + length) % length;

    public static class Arbitraries
    {
        public static Arbitrary<RoutingWorld> Worlds() => RoutingGenerators.World(maxTickets: 6, assignedTickets: true).ToArbitrary();
    }
}
