using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Overrides;
using SupportOps.RoutingEngine.Policies;
using SupportOps.RoutingEngine.Simulation;
using SupportOps.RoutingEngine.Tests.Fixtures;
using static SupportOps.RoutingEngine.Tests.Fixtures.Scenario;

namespace SupportOps.RoutingEngine.Tests.Simulation;

public sealed class RoutingSimulatorTests
{
    private static RoutingTicket At(string id, int minute, params string[] tags) =>
        new(id, Priority.P2, 20, CustomerTier.Standard, Channel.Email, tags, Now + Duration.FromMinutes(minute));

    [Fact]
    public void Simulate_Batch_UpdatesLoadAsTicketsAreAssigned()
    {
        var sut = new RoutingSimulator();
        var capacity = new CapacitySnapshot([new Agent("solo", ["billing"], AgentStatus.Online, 2, 0)]);

        var result = sut.Simulate(RoutingPolicy.DefaultV1, [At("T-3", 3, "billing"), At("T-1", 1, "billing"), At("T-2", 2, "billing")], capacity);

        Assert.Equal(["T-1", "T-2", "T-3"], result.Decisions.Select(d => d.TicketId));
        Assert.Equal(["solo", "solo", null], result.Decisions.Select(d => d.AssigneeId));
        var unassigned = Assert.Single(result.Unassigned);
        Assert.Equal(("T-3", "billing", "R3", RoutingReasonCode.NoEligibleAgent), (unassigned.TicketId, unassigned.Queue, unassigned.RuleId, unassigned.Reason));
        Assert.Contains("1 AtCapacity", unassigned.Explanation, StringComparison.Ordinal);
        Assert.Equal(2, result.CountFor(new DecisionTarget(DecisionTargetKind.Agent, "solo")));
        Assert.Equal(1, result.CountFor(new DecisionTarget(DecisionTargetKind.Queue, "billing")));
        Assert.Equal(2, result.AssignedCount);
    }

    [Fact]
    public void Simulate_SameCreatedInstant_OrdersByTicketId()
    {
        var sut = new RoutingSimulator();

        var result = sut.Simulate(RoutingPolicy.DefaultV1, [At("b", 0), At("a", 0), At("c", 0)], Team());

        Assert.Equal(["a", "b", "c"], result.Decisions.Select(d => d.TicketId));
    }

    [Fact]
    public void Simulate_FirstTicket_EqualsADryRunAtItsCreatedInstant()
    {
        var ticket = At("T-1", 0);

        var simulated = new RoutingSimulator().Simulate(RoutingPolicy.DefaultV1, [ticket], Team()).Decisions.Single();
        var dryRun = new Router(RoutingPolicy.DefaultV1).DryRun(ticket, Team(), null, ticket.CreatedAt);

        Assert.Equal(dryRun, simulated);
    }

    [Fact]
    public void Simulate_ExplainsEveryKindOfUnassignedTicket()
    {
        var escalated = At("T-esc", 0);
        var overrides = RoutingOverrideSet.Empty.Apply(RoutingOverride.EscalateToQueue("T-esc", "vip", "why", "lee", Now - Duration.FromHours(1)));
        var noRule = new RoutingTicket("T-none", Priority.P2, 90, CustomerTier.Free, Channel.Web, [], Now);

        var result = new RoutingSimulator().Simulate(RoutingPolicy.DefaultV1, [escalated, noRule], new CapacitySnapshot([]), overrides);

        Assert.Equal(
            [("T-esc", RoutingReasonCode.OverrideEscalation, "vip"), ("T-none", RoutingReasonCode.NoRuleMatched, "triage")],
            result.Unassigned.Select(u => (u.TicketId, u.Reason, u.Queue)));
    }

    [Fact]
    public void Simulate_DuplicateTicketIds_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new RoutingSimulator().Simulate(RoutingPolicy.DefaultV1, [At("T-1", 0), At("T-1", 5)], Team()));

        Assert.Equal("tickets", error.ParamName);
    }

    [Fact]
    public void Compare_TwoPolicies_ReportsTheChangedTicketsAndCounts()
    {
        var v2 = RoutingPolicy.FromJson(RoutingPolicy.DefaultV1.ToJson()
            .Replace("\"v1\"", "\"v2\"", StringComparison.Ordinal)
            .Replace("\"kind\": \"agent_pool\",\n        \"id\": \"billing\"", "\"kind\": \"queue\",\n        \"id\": \"billing\"", StringComparison.Ordinal));
        RoutingTicket[] batch = [At("T-1", 0, "billing"), At("T-2", 1, "bug"), At("T-3", 2, "billing")];

        var comparison = new RoutingSimulator().Compare(RoutingPolicy.DefaultV1, v2, batch, Team());

        Assert.Equal("v2", comparison.Candidate.PolicyVersion);
        Assert.Equal(3, comparison.TicketCount);
        Assert.Equal(2, comparison.ChangedCount);
        Assert.Equal(1, comparison.UnchangedCount);
        Assert.Equal(["T-1", "T-3"], comparison.Changes.Select(c => c.TicketId));
        Assert.All(comparison.Changes, c => Assert.Equal(new DecisionTarget(DecisionTargetKind.Queue, "billing"), c.To));
        var transition = Assert.Single(comparison.Transitions);
        Assert.Equal(2, transition.Count);
        Assert.Equal(new DecisionTarget(DecisionTargetKind.Agent, "a-bill"), transition.From);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void Simulate_CapacityNeverExceeded_Meets_Specification(RoutingWorld world)
    {
        var result = new RoutingSimulator().Simulate(RoutingPolicy.DefaultV1, world.Tickets, world.Snapshot);

        foreach (var agent in world.Agents)
        {
            var mine = result.Decisions.Where(d => d.AssigneeId == agent.Id).Select(d => world.Tickets.Single(t => t.Id == d.TicketId)).ToArray();
            Assert.True(mine.Length == 0 || agent.Load + mine.Length <= agent.Capacity, $"{agent.Id}: {agent.Load} + {mine.Length} > {agent.Capacity}");
            if (agent.ChannelCapacity.TryGetValue(Channel.Chat, out var chatCapacity))
            {
                var chats = mine.Count(t => t.Channel == Channel.Chat);
                Assert.True(chats == 0 || agent.ChannelLoad[Channel.Chat] + chats <= chatCapacity, $"{agent.Id} chat over capacity");
            }
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void Simulate_EveryTicketTargetedOrExplained_Meets_Specification(RoutingWorld world)
    {
        var result = new RoutingSimulator().Simulate(RoutingPolicy.DefaultV1, world.Tickets, world.Snapshot);

        Assert.Equal(world.Tickets.Select(t => t.Id).Order(StringComparer.Ordinal), result.Decisions.Select(d => d.TicketId).Order(StringComparer.Ordinal));
        var unassigned = result.Unassigned.ToDictionary(u => u.TicketId);
        foreach (var decision in result.Decisions)
        {
            Assert.False(string.IsNullOrEmpty(decision.Target.Id));
            if (decision.Target.Kind == DecisionTargetKind.Queue)
            {
                Assert.Contains(decision.Target.Id, RoutingPolicy.DefaultV1.Queues);
                Assert.False(string.IsNullOrWhiteSpace(unassigned[decision.TicketId].Explanation));
            }
            else
            {
                Assert.DoesNotContain(decision.TicketId, unassigned.Keys);
            }
        }

        Assert.Equal(result.Decisions.Length, result.Distribution.Sum(d => d.Count));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 50)]
    public void Simulate_SameBatchAnyOrder_Meets_Specification(RoutingWorld world)
    {
        var sut = new RoutingSimulator();

        var first = sut.Simulate(RoutingPolicy.DefaultV1, world.Tickets, world.Snapshot);
        var reversed = sut.Simulate(RoutingPolicy.DefaultV1, world.Tickets.Reverse(), new CapacitySnapshot(world.Agents.Reverse(), world.OnCall));

        Assert.Equal(first.Decisions.ToArray(), reversed.Decisions.ToArray());
    }

    public static class Arbitraries
    {
        public static Arbitrary<RoutingWorld> Worlds() => RoutingGenerators.World(maxTickets: 40, assignedTickets: false).ToArbitrary();
    }
}
