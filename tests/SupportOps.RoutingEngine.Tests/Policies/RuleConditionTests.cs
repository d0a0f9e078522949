using NodaTime;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Policies;

namespace SupportOps.RoutingEngine.Tests.Policies;

public sealed class RuleConditionTests
{
    private static RoutingTicket Ticket(Priority priority = Priority.P2, int risk = 20, CustomerTier tier = CustomerTier.Free, Channel channel = Channel.Web, params string[] tags) =>
        new("T", priority, risk, tier, channel, tags, Instant.FromUtc(2026, 1, 1, 0, 0));

    [Fact]
    public void Evaluate_EveryConditionFails_ReportsEveryFlag()
    {
        var sut = new RuleCondition([Priority.P0], 90, 100, [CustomerTier.Enterprise], [Channel.Phone], ["a"], ["b", "c"]);

        var failed = sut.Evaluate(Ticket(tags: "b"));

        Assert.Equal(
            RuleConditionKinds.Priority | RuleConditionKinds.RiskScore | RuleConditionKinds.CustomerTier | RuleConditionKinds.Channel | RuleConditionKinds.TagsAny | RuleConditionKinds.TagsAll,
            failed);
    }

    [Fact]
    public void Evaluate_AllConditionsHold_Matches()
    {
        var sut = new RuleCondition([Priority.P0], 90, 100, [CustomerTier.Enterprise], [Channel.Phone], ["a", "z"], ["b", "c"]);

        Assert.Equal(RuleConditionKinds.None, sut.Evaluate(Ticket(Priority.P0, 90, CustomerTier.Enterprise, Channel.Phone, "C", " b ", "z")));
    }

    [Theory]
    [InlineData(49, true)]
    [InlineData(50, false)]
    [InlineData(0, true)]
    public void Evaluate_RiskBoundsAreInclusive(int risk, bool matches)
    {
        var sut = new RuleCondition(maxRisk: 49);

        Assert.Equal(matches, sut.Evaluate(Ticket(risk: risk)) == RuleConditionKinds.None);
    }

    [Fact]
    public void Constructor_BadValues_Throw()
    {
        Assert.Equal("minRisk", Assert.Throws<ArgumentOutOfRangeException>(() => new RuleCondition(minRisk: -1)).ParamName);
        Assert.Equal("maxRisk", Assert.Throws<ArgumentOutOfRangeException>(() => new RuleCondition(maxRisk: 101)).ParamName);
        Assert.Equal("minRisk", Assert.Throws<ArgumentOutOfRangeException>(() => new RuleCondition(minRisk: 60, maxRisk: 50)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RuleCondition(priorities: [(Priority)9]));
        Assert.Equal("tagsAll", Assert.Throws<ArgumentException>(() => new RuleCondition(tagsAll: [""])).ParamName);
    }

    [Fact]
    public void RoutingTarget_Factories_NormalizeAndValidate()
    {
        Assert.Equal("billing", RoutingTarget.Queue(" Billing ").Id);
        Assert.Equal("queue:billing", RoutingTarget.Queue("billing").ToString());
        Assert.Equal("agent_pool:*", RoutingTarget.AgentPool(null).ToString());
        Assert.Throws<ArgumentException>(() => RoutingTarget.OnCall("tertiary"));
        Assert.Throws<ArgumentException>(() => RoutingTarget.TeamLead(" "));
        Assert.Throws<ArgumentNullException>(() => RoutingTarget.Queue(null!));
    }
}
