using NodaTime;
using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Overrides;
using SupportOps.RoutingEngine.Policies;
using static SupportOps.RoutingEngine.Tests.Fixtures.Scenario;

namespace SupportOps.RoutingEngine.Tests.Overrides;

public sealed class RoutingOverrideSetTests
{
    private static readonly Router Router = new(RoutingPolicy.DefaultV1);

    [Fact]
    public void ActiveFor_EscalationActive_WinsOverThePolicy()
    {
        var escalation = RoutingOverride.EscalateToQueue("T-1", "VIP", "Angry CEO", "maria", Now - Duration.FromMinutes(1));
        var sut = RoutingOverrideSet.Empty.Apply(escalation);

        var decision = Router.DryRun(Ticket(tags: ["billing"]), Team(), sut, Now);

        Assert.Equal(new DecisionTarget(DecisionTargetKind.Queue, "vip"), decision.Target);
        Assert.Equal(escalation.Id, decision.OverrideId);
        Assert.Null(decision.RuleId);
        Assert.Equal([RoutingReasonCode.OverrideEscalation], decision.ReasonCodes.ToArray());
    }

    [Fact]
    public void ActiveFor_ReassignmentToAnOfflineAgent_StillWins()
    {
        var sut = RoutingOverrideSet.Empty.Apply(RoutingOverride.ReassignToAgent("T-1", "a-bug", "Knows the customer", "maria", Now - Duration.FromMinutes(1)));

        var decision = Router.DryRun(Ticket(tags: ["billing"]), Team(new Agent("a-bug", ["bugs"], AgentStatus.Offline, 5, 5)), sut, Now);

        Assert.Equal("a-bug", decision.AssigneeId);
        Assert.Equal("billing", decision.Queue);
    }

    [Fact]
    public void ActiveFor_Expired_FallsBackToThePolicy()
    {
        var sut = RoutingOverrideSet.Empty.Apply(RoutingOverride.EscalateToQueue("T-1", "vip", "Temporary", "maria", Now - Duration.FromHours(2), Now - Duration.FromHours(1)));

        var decision = Router.DryRun(Ticket(tags: ["billing"]), Team(), sut, Now);

        Assert.Null(sut.ActiveFor("T-1", Now));
        Assert.Equal("R3", decision.RuleId);
        Assert.Null(decision.OverrideId);
    }

    [Fact]
    public void ActiveFor_BeforeItApplies_IsInactive()
    {
        var sut = RoutingOverrideSet.Empty.Apply(RoutingOverride.EscalateToQueue("T-1", "vip", "Later", "maria", Now + Duration.FromMinutes(1)));

        Assert.Null(sut.ActiveFor("T-1", Now));
        Assert.NotNull(sut.ActiveFor("T-1", Now + Duration.FromMinutes(1)));
    }

    [Fact]
    public void ActiveFor_ExpiryInstant_IsExclusive()
    {
        var sut = RoutingOverrideSet.Empty.Apply(RoutingOverride.EscalateToQueue("T-1", "vip", "Short", "maria", Now - Duration.FromMinutes(10), Now));

        Assert.NotNull(sut.ActiveFor("T-1", Now - Duration.FromTicks(1)));
        Assert.Null(sut.ActiveFor("T-1", Now));
    }

    [Fact]
    public void Clear_ActiveOverride_RemovesItAndEmitsTheEvent()
    {
        var escalation = RoutingOverride.EscalateToQueue("T-1", "vip", "Angry CEO", "maria", Now - Duration.FromMinutes(10));
        var applied = RoutingOverrideSet.Empty.Apply(escalation);

        var sut = applied.Clear(escalation.Id, "lee", "Resolved on call", Now, out var cleared);

        Assert.Null(sut.ActiveFor("T-1", Now));
        Assert.Equal(new RoutingOverrideCleared(escalation.Id, "T-1", "lee", "Resolved on call", Now), cleared);
        Assert.Equal("R3", Router.DryRun(Ticket(tags: ["billing"]), Team(), sut, Now).RuleId);
        Assert.NotNull(applied.ActiveFor("T-1", Now));
    }

    [Fact]
    public void Clear_UnknownId_ReturnsTheSameSetAndNoEvent()
    {
        var sut = RoutingOverrideSet.Empty;

        Assert.Same(sut, sut.Clear("ovr_nope", "lee", "n/a", Now, out var cleared));
        Assert.Null(cleared);
    }

    [Fact]
    public void ActiveFor_TwoActive_TheLaterAppliedWins()
    {
        var first = RoutingOverride.EscalateToQueue("T-1", "vip", "First", "maria", Now - Duration.FromMinutes(10));
        var second = RoutingOverride.ReassignToAgent("T-1", "lead", "Second", "lee", Now - Duration.FromMinutes(5));

        var sut = RoutingOverrideSet.Empty.Apply(second).Apply(first);

        Assert.Same(second, sut.ActiveFor("T-1", Now));
        Assert.Same(first, sut.ActiveFor("T-1", Now - Duration.FromMinutes(7)));
    }

    [Fact]
    public void WithoutExpired_DropsOnlyExpired()
    {
        var expired = RoutingOverride.EscalateToQueue("T-1", "vip", "Old", "maria", Now - Duration.FromHours(2), Now - Duration.FromHours(1));
        var live = RoutingOverride.EscalateToQueue("T-2", "vip", "New", "maria", Now - Duration.FromHours(2));

        var sut = RoutingOverrideSet.Empty.Apply(expired).Apply(live).WithoutExpired(Now);

        Assert.Equal([live], sut.All);
    }

    [Fact]
    public void Apply_SameOverrideTwice_KeepsOne()
    {
        var escalation = RoutingOverride.EscalateToQueue("T-1", "vip", "Once", "maria", Now);

        var sut = RoutingOverrideSet.Empty.Apply(escalation).Apply(escalation);

        Assert.Single(sut.All);
    }

    [Fact]
    public void Id_SameContent_SameId()
    {
        var a = RoutingOverride.EscalateToQueue("T-1", "vip", "Why", "maria", Now);
        var b = RoutingOverride.EscalateToQueue("T-1", "VIP ", "Why", "maria", Now);

        Assert.Equal(a.Id, b.Id);
        Assert.StartsWith("ovr_", a.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ExpiryNotAfterApplied_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => RoutingOverride.EscalateToQueue("T-1", "vip", "Why", "maria", Now, Now));

        Assert.Equal("expiresAt", error.ParamName);
    }

    [Theory]
    [InlineData("", "vip", "why", "maria", "ticketId")]
    [InlineData("T-1", " ", "why", "maria", "queueId")]
    [InlineData("T-1", "vip", "", "maria", "reason")]
    [InlineData("T-1", "vip", "why", " ", "actor")]
    public void Constructor_EmptyText_ThrowsNamingTheArgument(string ticketId, string queueId, string reason, string actor, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => RoutingOverride.EscalateToQueue(ticketId, queueId, reason, actor, Now));

        Assert.Contains(parameter == "queueId" ? "targetId" : parameter, error.ParamName, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditEntries_RecordWhoWhatAndWhy()
    {
        var escalation = RoutingOverride.EscalateToQueue("T-1", "vip", "Angry CEO", "maria", Now, Now + Duration.FromHours(1));
        var decision = Router.DryRun(Ticket(), Team(), RoutingOverrideSet.Empty.Apply(escalation), Now);

        var applied = RoutingAuditEntry.From(new RoutingOverrideApplied(escalation));
        var routed = RoutingAuditEntry.From(new RoutingDecisionRecorded(decision, Now));
        var cleared = RoutingAuditEntry.From(new RoutingOverrideCleared(escalation.Id, "T-1", "lee", "Done", Now + Duration.FromMinutes(5)));

        Assert.Equal(RoutingAuditEntryKind.OverrideApplied, applied.Kind);
        Assert.Equal("maria", applied.Actor);
        Assert.Contains("Angry CEO", applied.Summary, StringComparison.Ordinal);
        Assert.Equal(escalation.Id, routed.OverrideId);
        Assert.Equal(decision.DecisionId, routed.DecisionId);
        Assert.Equal(RoutingAuditEntry.RouterActor, routed.Actor);
        Assert.Equal(RoutingAuditEntryKind.OverrideCleared, cleared.Kind);
        Assert.Equal("lee", cleared.Actor);
    }
}
