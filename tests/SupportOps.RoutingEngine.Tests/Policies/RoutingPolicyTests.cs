using SupportOps.RoutingEngine.Linting;
using SupportOps.RoutingEngine.Policies;

namespace SupportOps.RoutingEngine.Tests.Policies;

public sealed class RoutingPolicyTests
{
    [Fact]
    public void DefaultV1_LoadsTheShippedPolicy()
    {
        var sut = RoutingPolicy.DefaultV1;

        Assert.Equal("v1", sut.Version);
        Assert.Equal("triage", sut.DefaultQueue);
        Assert.Equal(["triage", "billing", "bugs", "outage", "vip", "oncall"], sut.Queues.ToArray());
        Assert.Equal(["R1", "R2", "R3", "R4", "R5", "R6"], sut.Rules.Select(r => r.Id));
        Assert.Equal(RoutingTarget.OnCall(), sut.Rules[0].Target);
        Assert.Equal(RoutingTarget.Queue("outage"), sut.Rules[0].Fallback);
        Assert.Equal(RoutingTarget.TeamLead("support"), sut.Rules[1].Target);
        Assert.Equal(RoutingTarget.Queue("vip"), sut.Rules[1].Fallback);
        Assert.Equal(RoutingTarget.AgentPool("billing"), sut.Rules[2].Target);
        Assert.Equal(RoutingTarget.AgentPool("bugs"), sut.Rules[3].Target);
        Assert.Equal(RoutingTarget.AgentPool("general"), sut.Rules[4].Target);
        Assert.Equal(RoutingTarget.AgentPool(null), sut.Rules[5].Target);
        Assert.Equal((50, 79), (sut.Rules[4].Conditions[0].MinRisk, sut.Rules[4].Conditions[0].MaxRisk));
        Assert.Equal((0, 49), (sut.Rules[5].Conditions[0].MinRisk, sut.Rules[5].Conditions[0].MaxRisk));
    }

    [Fact]
    public void DefaultV1_LintsWithoutErrors()
    {
        var report = RoutingPolicyLinter.Lint(RoutingPolicy.DefaultV1, ["billing", "bugs", "general"], ["support"]);

        Assert.False(report.HasErrors);
        Assert.All(report.Findings, f => Assert.Equal(LintCodes.OverlappingRules, f.Code));
    }

    [Fact]
    public void ToJson_FromJson_RoundTripsToAnEqualPolicy()
    {
        var sut = RoutingPolicy.DefaultV1;

        var json = sut.ToJson();
        var copy = RoutingPolicy.FromJson(json);

        Assert.Equal(json, copy.ToJson());
        Assert.Equal(sut.Version, copy.Version);
        Assert.Equal(sut.Salt, copy.Salt);
        Assert.Equal(sut.Rules.Select(r => (r.Id, r.Target, r.Queue, r.Fallback)), copy.Rules.Select(r => (r.Id, r.Target, r.Queue, r.Fallback)));
    }

    [Fact]
    public void ToJson_BuiltInCode_RoundTripsEveryConditionKind()
    {
        var sut = new RoutingPolicyBuilder()
            .WithVersion("custom-3").WithSalt("pepper").AddQueues("a", "b").WithDefaultQueue("a")
            .AddRule("X", RoutingTarget.AgentPool("sre"), "b", RoutingTarget.OnCall(RoutingTarget.SecondaryRole),
                new RuleCondition([Priority.P1, Priority.P0], 10, 90, [CustomerTier.Premium], [Channel.Chat, Channel.Slack], ["Vip"], ["eu", "gdpr"]))
            .AddRule("Y", RoutingTarget.Queue("a"))
            .Build();

        var copy = RoutingPolicy.FromJson(sut.ToJson());

        var clause = copy.Rules[0].Conditions.Single();
        Assert.Equal([Priority.P0, Priority.P1], clause.Priorities.ToArray());
        Assert.Equal((10, 90), (clause.MinRisk, clause.MaxRisk));
        Assert.Equal([CustomerTier.Premium], clause.Tiers.ToArray());
        Assert.Equal([Channel.Chat, Channel.Slack], clause.Channels.ToArray());
        Assert.Equal(["vip"], clause.TagsAny.ToArray());
        Assert.Equal(["eu", "gdpr"], clause.TagsAll.ToArray());
        Assert.Equal(RoutingTarget.OnCall("secondary"), copy.Rules[0].Fallback);
        Assert.True(copy.Rules[1].IsCatchAll);
        Assert.Equal(sut.ToJson(), copy.ToJson());
    }

    public static TheoryData<string, string> BadJson() => new()
    {
        { "malformed", "{ \"version\": " },
        { "null", "null" },
        { "missing salt", """{ "version": "v", "default_queue": "a", "queues": ["a"], "rules": [] }""" },
        { "unknown key", """{ "version": "v", "salt": "s", "default_queue": "a", "queues": ["a"], "rules": [], "colour": 1 }""" },
        { "unknown priority", """{ "version": "v", "salt": "s", "default_queue": "a", "queues": ["a"], "rules": [ { "id": "R", "when": [ { "priorities": ["p9"] } ], "target": { "kind": "queue", "id": "a" } } ] }""" },
        { "integer enum", """{ "version": "v", "salt": "s", "default_queue": "a", "queues": ["a"], "rules": [ { "id": "R", "when": [ { "tiers": [1] } ], "target": { "kind": "queue", "id": "a" } } ] }""" },
        { "unknown target kind", """{ "version": "v", "salt": "s", "default_queue": "a", "queues": ["a"], "rules": [ { "id": "R", "target": { "kind": "robot", "id": "a" } } ] }""" },
        { "risk above 100", """{ "version": "v", "salt": "s", "default_queue": "a", "queues": ["a"], "rules": [ { "id": "R", "when": [ { "risk": { "min": 120 } } ], "target": { "kind": "queue", "id": "a" } } ] }""" },
        { "risk min above max", """{ "version": "v", "salt": "s", "default_queue": "a", "queues": ["a"], "rules": [ { "id": "R", "when": [ { "risk": { "min": 60, "max": 40 } } ], "target": { "kind": "queue", "id": "a" } } ] }""" },
        { "queue target without id", """{ "version": "v", "salt": "s", "default_queue": "a", "queues": ["a"], "rules": [ { "id": "R", "target": { "kind": "queue" } } ] }""" },
        { "bad on-call role", """{ "version": "v", "salt": "s", "default_queue": "a", "queues": ["a"], "rules": [ { "id": "R", "target": { "kind": "on_call", "id": "tertiary" } } ] }""" },
        { "empty tag", """{ "version": "v", "salt": "s", "default_queue": "a", "queues": ["a"], "rules": [ { "id": "R", "when": [ { "tags_any": [" "] } ], "target": { "kind": "queue", "id": "a" } } ] }""" },
        { "empty rule id", """{ "version": "v", "salt": "s", "default_queue": "a", "queues": ["a"], "rules": [ { "id": "", "target": { "kind": "queue", "id": "a" } } ] }""" },
    };

    [Theory]
    [MemberData(nameof(BadJson))]
    public void FromJson_BadInput_ThrowsInvalidRoutingPolicyException(string scenario, string json)
    {
        var error = Assert.Throws<InvalidRoutingPolicyException>(() => RoutingPolicy.FromJson(json));

        Assert.True(error.Findings.IsEmpty, scenario);
        Assert.NotNull(error.InnerException ?? (object)error.Message);
    }

    [Fact]
    public void FromJson_LinterErrors_ThrowWithTheFindings()
    {
        const string json = """{ "version": "v", "salt": "s", "default_queue": "a", "queues": ["a"], "rules": [ { "id": "R", "queue": "nowhere", "target": { "kind": "queue", "id": "a" } } ] }""";

        var error = Assert.Throws<InvalidRoutingPolicyException>(() => RoutingPolicy.FromJson(json));

        var finding = Assert.Single(error.Findings);
        Assert.Equal(LintCodes.UnknownQueue, finding.Code);
        Assert.Equal(["R"], finding.RuleIds.ToArray());
        Assert.Contains("RT001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_Null_Throws()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => RoutingPolicy.FromJson(null!)).ParamName);
    }
}
