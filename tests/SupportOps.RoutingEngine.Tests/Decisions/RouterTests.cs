using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Overrides;
using SupportOps.RoutingEngine.Policies;
using SupportOps.RoutingEngine.Tests.Fixtures;
using static SupportOps.RoutingEngine.Tests.Fixtures.Scenario;

namespace SupportOps.RoutingEngine.Tests.Decisions;

public sealed partial class RouterTests
{
    public static TheoryData<string, RoutingTicket, CapacitySnapshot, string?, DecisionTarget, string, RoutingReasonCode[]> V1Rules() => new()
    {
        { "R1 tag outage -> on-call primary", Ticket(tags: ["Outage"]), Team(), "R1", Agent("sre-1"), "oncall", [RoutingReasonCode.RuleMatched, RoutingReasonCode.LeastLoaded, RoutingReasonCode.OnCallAssigned] },
        { "R1 priority P0 -> on-call primary", Ticket(priority: Priority.P0), Team(), "R1", Agent("sre-1"), "oncall", [RoutingReasonCode.RuleMatched, RoutingReasonCode.LeastLoaded, RoutingReasonCode.OnCallAssigned] },
        { "R1 fallback: nobody on call", Ticket(priority: Priority.P0), new CapacitySnapshot(Team().Agents), "R1", Queue("outage"), "outage", [RoutingReasonCode.RuleMatched, RoutingReasonCode.NoEligibleAgent, RoutingReasonCode.FallbackUsed] },
        { "R1 fallback: on-call agent offline", Ticket(tags: ["outage"]), Team(OnCallAgent(AgentStatus.Offline)), "R1", Queue("outage"), "outage", [RoutingReasonCode.RuleMatched, RoutingReasonCode.NoEligibleAgent, RoutingReasonCode.FallbackUsed] },
        { "R1 fallback: on-call agent at capacity", Ticket(tags: ["outage"]), Team(OnCallAgent(load: 2)), "R1", Queue("outage"), "outage", [RoutingReasonCode.RuleMatched, RoutingReasonCode.NoEligibleAgent, RoutingReasonCode.FallbackUsed] },
        { "R2 enterprise, risk 80 -> team lead", Ticket(tier: CustomerTier.Enterprise, risk: 80), Team(), "R2", Agent("lead"), "vip", [RoutingReasonCode.RuleMatched, RoutingReasonCode.LeastLoaded, RoutingReasonCode.TeamLeadAssigned] },
        { "R2 fallback: lead offline", Ticket(tier: CustomerTier.Enterprise, risk: 95), Team(Lead(AgentStatus.Offline)), "R2", Queue("vip"), "vip", [RoutingReasonCode.RuleMatched, RoutingReasonCode.NoEligibleAgent, RoutingReasonCode.FallbackUsed] },
        { "R2 not for risk 79 (R5 instead)", Ticket(tier: CustomerTier.Enterprise, risk: 79), Team(), "R5", Agent("a-bill"), "triage", [RoutingReasonCode.RuleMatched, RoutingReasonCode.LeastLoaded, RoutingReasonCode.PoolAgentAssigned] },
        { "R3 tag billing -> billing agent", Ticket(tags: ["billing"]), Team(), "R3", Agent("a-bill"), "billing", [RoutingReasonCode.RuleMatched, RoutingReasonCode.LeastLoaded, RoutingReasonCode.PoolAgentAssigned] },
        { "R3 no billing agent -> queue billing", Ticket(tags: ["billing"]), Team(Billing(load: 5)), "R3", Queue("billing"), "billing", [RoutingReasonCode.RuleMatched, RoutingReasonCode.NoEligibleAgent, RoutingReasonCode.RuleQueue] },
        { "R4 tag bug -> bugs agent", Ticket(tags: ["bug"]), Team(), "R4", Agent("a-bug"), "bugs", [RoutingReasonCode.RuleMatched, RoutingReasonCode.LeastLoaded, RoutingReasonCode.PoolAgentAssigned] },
        { "R5 risk 50 -> least-loaded general agent", Ticket(risk: 50), Team(), "R5", Agent("a-bill"), "triage", [RoutingReasonCode.RuleMatched, RoutingReasonCode.LeastLoaded, RoutingReasonCode.PoolAgentAssigned] },
        { "R5 risk 79, a-bill busier -> a-gen", Ticket(risk: 79), Team(Billing(load: 4)), "R5", Agent("a-gen"), "triage", [RoutingReasonCode.RuleMatched, RoutingReasonCode.LeastLoaded, RoutingReasonCode.PoolAgentAssigned] },
        { "R6 risk 49 -> any active agent", Ticket(risk: 49), Team(Bugs(load: 0)), "R6", Agent("a-bug"), "triage", [RoutingReasonCode.RuleMatched, RoutingReasonCode.LeastLoaded, RoutingReasonCode.PoolAgentAssigned] },
        { "No rule: risk 80, standard tier", Ticket(risk: 80), Team(), null, Queue("triage"), "triage", [RoutingReasonCode.NoRuleMatched, RoutingReasonCode.DefaultQueue] },
    };

    [Theory]
    [MemberData(nameof(V1Rules))]
    public void Route_PolicyV1_RoutesPerRuleTable(string scenario, RoutingTicket ticket, CapacitySnapshot capacity, string? ruleId, DecisionTarget target, string queue, RoutingReasonCode[] codes)
    {
        var sut = new Router(RoutingPolicy.DefaultV1);

        var decision = sut.DryRun(ticket, capacity, null, Now);

        Assert.True(ruleId == decision.RuleId, $"{scenario}: rule {decision.RuleId}");
        Assert.Equal(target, decision.Target);
        Assert.Equal(queue, decision.Queue);
        Assert.Equal(codes, decision.ReasonCodes.ToArray());
        Assert.Equal("v1", decision.PolicyVersion);
    }

    [Fact]
    public void DryRun_RuleThatDidNotMatch_RecordsTheFailedConditions()
    {
        var sut = new Router(RoutingPolicy.DefaultV1);

        var decision = sut.DryRun(Ticket(risk: 60), Team(), null, Now);

        Assert.Equal("R5", decision.RuleId);
        Assert.Contains(new RoutingAlternative(AlternativeKind.Rule, "R1", RejectionReason.RuleDidNotMatch, RuleConditionKinds.TagsAny | RuleConditionKinds.Priority), decision.Alternatives);
        Assert.Contains(new RoutingAlternative(AlternativeKind.Rule, "R2", RejectionReason.RuleDidNotMatch, RuleConditionKinds.CustomerTier | RuleConditionKinds.RiskScore), decision.Alternatives);
        Assert.Contains(new RoutingAlternative(AlternativeKind.Rule, "R3", RejectionReason.RuleDidNotMatch, RuleConditionKinds.TagsAny), decision.Alternatives);
    }

    [Fact]
    public void DryRun_AgentsRejected_RecordsEachReason()
    {
        var sut = new Router(RoutingPolicy.DefaultV1);
        var capacity = new CapacitySnapshot(
        [
            new Agent("away", ["general"], AgentStatus.Away, 5, 0),
            new Agent("busy", ["general"], AgentStatus.Online, 5, 5),
            new Agent("chat-full", ["general"], AgentStatus.Online, 5, 1, channelCapacity: [new(Channel.Chat, 1)], channelLoad: [new(Channel.Chat, 1)]),
            new Agent("night", ["general"], AgentStatus.Online, 5, 0, Berlin, WeeklyShift.Weekdays(new LocalTime(22, 0), new LocalTime(6, 0))),
            new Agent("off", ["general"], AgentStatus.Offline, 5, 0),
            new Agent("pick", ["general"], AgentStatus.Online, 5, 1),
            new Agent("second", ["general"], AgentStatus.Online, 5, 3),
            new Agent("unskilled", ["bugs"], AgentStatus.Online, 5, 0),
        ]);

        var decision = sut.DryRun(Ticket(risk: 60, channel: Channel.Chat), capacity, null, Now);

        Assert.Equal(Agent("pick"), decision.Target);
        var agents = decision.Alternatives.Where(a => a.Kind == AlternativeKind.Agent).Select(a => (a.Id, a.Reason)).ToArray();
        Assert.Equal(
            [
                ("away", RejectionReason.Away),
                ("busy", RejectionReason.AtCapacity),
                ("chat-full", RejectionReason.ChannelAtCapacity),
                ("night", RejectionReason.OffShift),
                ("off", RejectionReason.Offline),
                ("second", RejectionReason.NotLeastLoaded),
                ("unskilled", RejectionReason.LacksSkill),
            ],
            agents);
    }

    [Fact]
    public void DryRun_ChannelCapacityZero_NeverTakesThatChannel()
    {
        var sut = new Router(RoutingPolicy.DefaultV1);
        var capacity = new CapacitySnapshot([new Agent("no-phone", ["general"], AgentStatus.Online, 5, 0, channelCapacity: [new(Channel.Phone, 0)])]);

        Assert.Equal(Queue("triage"), sut.DryRun(Ticket(risk: 60, channel: Channel.Phone), capacity, null, Now).Target);
        Assert.Equal(Agent("no-phone"), sut.DryRun(Ticket(risk: 60, channel: Channel.Email), capacity, null, Now).Target);
    }

    [Fact]
    public void DryRun_EqualLoadRatio_PicksByTheDocumentedTieBreak()
    {
        var sut = new Router(RoutingPolicy.DefaultV1);
        var capacity = new CapacitySnapshot(
        [
            new Agent("c", ["general"], AgentStatus.Online, 10, 2),
            new Agent("a", ["general"], AgentStatus.Online, 5, 1),
            new Agent("b", ["general"], AgentStatus.Online, 5, 1),
        ]);

        var decision = sut.DryRun(Ticket(risk: 60), capacity, null, Now);

        // By hand: HMAC-SHA256(key = salt UTF-8, message = inputs hash bytes); first 8 bytes big-endian
        // modulo the total remaining capacity (4 + 4 + 8); walk the tied agents in id order.
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes("supportops-routing-v1"), Convert.FromHexString(decision.InputsHash));
        var point = BinaryPrimitives.ReadUInt64BigEndian(mac) % 16;
        var expected = point < 4 ? "a" : point < 8 ? "b" : "c";
        Assert.Equal(Agent(expected), decision.Target);
        Assert.Contains(RoutingReasonCode.TieBreak, decision.ReasonCodes);
        Assert.Equal(2, decision.Alternatives.Count(a => a.Reason == RejectionReason.LostTieBreak));
    }

    [Fact]
    public void DryRun_ManyTicketsOnTiedAgents_SpreadsByRemainingCapacity()
    {
        var sut = new Router(RoutingPolicy.DefaultV1);
        var capacity = new CapacitySnapshot(
        [
            new Agent("small", ["general"], AgentStatus.Online, 2, 0),
            new Agent("large", ["general"], AgentStatus.Online, 6, 0),
        ]);

        var picks = Enumerable.Range(0, 400)
            .Select(i => sut.DryRun(Ticket(id: $"T-{i}", risk: 60), capacity, null, Now).AssigneeId)
            .GroupBy(id => id)
            .ToDictionary(g => g.Key!, g => g.Count());

        // Weights 2:6, so about a quarter go to "small".
        Assert.InRange(picks["small"], 60, 140);
        Assert.Equal(400, picks["small"] + picks["large"]);
    }

    [Fact]
    public void DryRun_DecisionId_IsTicketVersionAndInputsHashPrefix()
    {
        var sut = new Router(RoutingPolicy.DefaultV1);

        var decision = sut.DryRun(Ticket(), Team(), null, Now);

        Assert.Equal("T-1@v1#" + decision.InputsHash[..16], decision.DecisionId);
        Assert.Matches("^[0-9a-f]{64}$", decision.InputsHash);
    }

    [Fact]
    public void DryRun_InputsHash_IsReproducibleByHand()
    {
        var sut = new Router(RoutingPolicy.DefaultV1);
        var ticket = Ticket(risk: 60);
        var capacity = Team();

        var decision = sut.DryRun(ticket, capacity, null, Now);

        // Pool R5 (general): a-bill and a-gen pass skill, status and capacity and are on shift (agents in id order:
        // a-bill, a-bug, a-gen, lead, sre-1 -> bits 0 and 2). On-call not evaluated (-2, -2), no cooldown, no override.
        byte[] situation = [0b0000_0101, 0xff, 0xff, 0xff, 0xfe, 0xff, 0xff, 0xff, 0xfe, 0, 0];
        var bytes = ticket.Canonical.Concat(Convert.FromHexString(capacity.Fingerprint)).Concat(situation).ToArray();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), decision.InputsHash);
    }

    [Fact]
    public void DryRun_MaxAlternatives_CapsAndCountsTheRest()
    {
        var agents = Enumerable.Range(0, 30).Select(i => new Agent($"x{i:00}", ["general"], AgentStatus.Offline, 5, 0));
        var sut = new Router(RoutingPolicy.DefaultV1, new RoutingOptions { MaxAlternatives = 5 });

        var decision = sut.DryRun(Ticket(risk: 60), new CapacitySnapshot(agents), null, Now);

        Assert.Equal(5, decision.Alternatives.Length);
        Assert.Equal(4 + 30 + 1 - 5, decision.AlternativesOmitted);
    }

    [Fact]
    public void Route_SameInputsTwice_ReturnsTheSameDecisionAsARepeatWithoutAnEvent()
    {
        var sut = new Router(RoutingPolicy.DefaultV1);

        var first = sut.Route(Ticket(risk: 60), Team(), null, Now);
        var second = sut.Route(Ticket(risk: 60), Team(), null, Now + Duration.FromMinutes(1));

        Assert.False(first.IsRepeat);
        Assert.NotNull(first.Recorded);
        Assert.Equal(Now, first.Recorded.RecordedAt);
        Assert.True(second.IsRepeat);
        Assert.Null(second.Recorded);
        Assert.Same(first.Decision, second.Decision);
        Assert.Same(first.Decision, sut.LastDecision("T-1"));
    }

    [Fact]
    public void Route_LoadChanged_IsANewDecision()
    {
        var sut = new Router(RoutingPolicy.DefaultV1);

        var first = sut.Route(Ticket(risk: 60), Team(), null, Now);
        var second = sut.Route(Ticket(risk: 60), Team(Billing(load: 4)), null, Now);

        Assert.False(second.IsRepeat);
        Assert.NotEqual(first.Decision.InputsHash, second.Decision.InputsHash);
        Assert.Equal(Agent("a-gen"), second.Decision.Target);
    }

    [Fact]
    public void Route_ShiftEndsWithTheSameSnapshot_IsANewDecision()
    {
        var sut = new Router(RoutingPolicy.DefaultV1);
        var capacity = new CapacitySnapshot(
        [
            new Agent("day", ["general"], AgentStatus.Online, 5, 0, Berlin, WeeklyShift.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0))),
            new Agent("always", ["general"], AgentStatus.Online, 5, 4),
        ]);

        var during = sut.Route(Ticket(risk: 60), capacity, null, Instant.FromUtc(2026, 11, 25, 15, 59));
        var after = sut.Route(Ticket(risk: 60), capacity, null, Instant.FromUtc(2026, 11, 25, 16, 0));

        Assert.Equal(Agent("day"), during.Decision.Target);
        Assert.False(after.IsRepeat);
        Assert.Equal(Agent("always"), after.Decision.Target);
    }

    [Fact]
    public void Route_DecisionLogFull_ForgetsTheLeastRecentTicket()
    {
        var sut = new Router(RoutingPolicy.DefaultV1, new RoutingOptions { DecisionLogCapacity = 2 });

        sut.Route(Ticket(id: "A"), Team(), null, Now);
        sut.Route(Ticket(id: "B"), Team(), null, Now);
        sut.Route(Ticket(id: "C"), Team(), null, Now);

        Assert.Null(sut.LastDecision("A"));
        Assert.NotNull(sut.LastDecision("B"));
        Assert.NotNull(sut.LastDecision("C"));
    }

    [Fact]
    public void Route_PolicyVersionChanged_IsANewDecision()
    {
        var v2 = RoutingPolicy.FromJson(RoutingPolicy.DefaultV1.ToJson().Replace("\"v1\"", "\"v2\"", StringComparison.Ordinal));
        var ticket = Ticket(risk: 60);

        var first = new Router(RoutingPolicy.DefaultV1).DryRun(ticket, Team(), null, Now);
        var second = new Router(v2).DryRun(ticket, Team(), null, Now);

        Assert.Equal(first.InputsHash, second.InputsHash);
        Assert.NotEqual(first.DecisionId, second.DecisionId);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsNamingTheOption()
    {
        var error = Assert.Throws<ArgumentException>(() => new Router(RoutingPolicy.DefaultV1, new RoutingOptions { Hysteresis = 2 }));

        Assert.Contains("Hysteresis", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DryRun_NullArguments_Throw()
    {
        var sut = new Router(RoutingPolicy.DefaultV1);

        Assert.Equal("ticket", Assert.Throws<ArgumentNullException>(() => sut.DryRun(null!, Team(), null, Now)).ParamName);
        Assert.Equal("capacity", Assert.Throws<ArgumentNullException>(() => sut.DryRun(Ticket(), null!, null, Now)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => new Router(null!)).ParamName);
    }

    private static DecisionTarget Agent(string id) => new(DecisionTargetKind.Agent, id);

    private static DecisionTarget Queue(string id) => new(DecisionTargetKind.Queue, id);
}
