using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Linting;
using SupportOps.RoutingEngine.Policies;

namespace SupportOps.RoutingEngine.Tests.Linting;

public sealed class RoutingPolicyLinterTests
{
    private static RoutingPolicyBuilder Base() =>
        new RoutingPolicyBuilder().WithVersion("t").WithSalt("s").AddQueues("triage", "billing").WithDefaultQueue("triage");

    public static TheoryData<string, Func<RoutingPolicyBuilder>, string, string[]> Errors() => new()
    {
        { "rule queue undeclared", () => Base().AddRule("R1", RoutingTarget.AgentPool("billing"), "nowhere"), LintCodes.UnknownQueue, ["R1"] },
        { "queue target undeclared", () => Base().AddRule("R1", RoutingTarget.Queue("nowhere")), LintCodes.UnknownQueue, ["R1"] },
        { "fallback queue undeclared", () => Base().AddRule("R1", RoutingTarget.OnCall(), "triage", RoutingTarget.Queue("nowhere")), LintCodes.UnknownQueue, ["R1"] },
        { "default queue undeclared", () => Base().WithDefaultQueue("nowhere"), LintCodes.UnknownQueue, [] },
        {
            "tags_all subsumed by tags_any",
            () => Base()
                .AddRule("R1", RoutingTarget.Queue("billing"), when: new RuleCondition(tagsAny: ["billing"]))
                .AddRule("R2", RoutingTarget.Queue("triage"), when: new RuleCondition(tagsAll: ["billing", "vip"], priorities: [Priority.P1])),
            LintCodes.UnreachableRule,
            ["R1", "R2"]
        },
        {
            "narrower risk range",
            () => Base()
                .AddRule("R1", RoutingTarget.Queue("billing"), when: new RuleCondition(minRisk: 50))
                .AddRule("R2", RoutingTarget.Queue("triage"), when: new RuleCondition(minRisk: 80, tiers: [CustomerTier.Enterprise])),
            LintCodes.UnreachableRule,
            ["R1", "R2"]
        },
        {
            "after a catch-all",
            () => Base()
                .AddRule("R1", RoutingTarget.Queue("billing"))
                .AddRule("R2", RoutingTarget.Queue("triage"), when: new RuleCondition(priorities: [Priority.P0])),
            LintCodes.UnreachableRule,
            ["R1", "R2"]
        },
        {
            "every clause covered by some earlier clause",
            () => Base()
                .AddRule("R1", RoutingTarget.Queue("billing"), when: [new RuleCondition(priorities: [Priority.P0]), new RuleCondition(tagsAny: ["outage"])])
                .AddRule("R2", RoutingTarget.Queue("triage"), when: [new RuleCondition(tagsAll: ["outage"]), new RuleCondition(priorities: [Priority.P0], channels: [Channel.Chat])]),
            LintCodes.UnreachableRule,
            ["R1", "R2"]
        },
        { "duplicate rule id", () => Base().AddRule("R1", RoutingTarget.Queue("billing"), when: new RuleCondition(minRisk: 90)).AddRule("R1", RoutingTarget.Queue("triage")), LintCodes.DuplicateRuleId, ["R1"] },
        { "duplicate queue", () => Base().AddQueues("Billing"), LintCodes.DuplicateQueue, [] },
        { "missing salt", () => new RoutingPolicyBuilder().WithVersion("t").AddQueues("triage").WithDefaultQueue("triage"), LintCodes.MissingIdentity, [] },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Build_ErrorFinding_ThrowsWithTheCodeAndRuleIds(string scenario, Func<RoutingPolicyBuilder> builder, string code, string[] ruleIds)
    {
        var error = Assert.Throws<InvalidRoutingPolicyException>(() => builder().Build());

        var finding = Assert.Single(error.Findings);
        Assert.True(code == finding.Code, $"{scenario}: {finding}");
        Assert.Equal(LintSeverity.Error, finding.Severity);
        Assert.Equal(ruleIds, finding.RuleIds.ToArray());
        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
    }

    [Fact]
    public void Lint_OverlappingRulesWithDifferentTargets_WarnsWithBothIds()
    {
        var sut = Base()
            .AddRule("R1", RoutingTarget.Queue("billing"), when: new RuleCondition(priorities: [Priority.P0]))
            .AddRule("R2", RoutingTarget.Queue("triage"), when: new RuleCondition(minRisk: 50))
            .Build();

        var finding = Assert.Single(RoutingPolicyLinter.Lint(sut).Findings);

        Assert.Equal(LintCodes.OverlappingRules, finding.Code);
        Assert.Equal(LintSeverity.Warning, finding.Severity);
        Assert.Equal(["R1", "R2"], finding.RuleIds.ToArray());
    }

    [Fact]
    public void Lint_DisjointOrSameTargetRules_NoOverlapWarning()
    {
        var sut = Base()
            .AddRule("R1", RoutingTarget.Queue("billing"), when: new RuleCondition(maxRisk: 49))
            .AddRule("R2", RoutingTarget.Queue("triage"), when: new RuleCondition(minRisk: 50))
            .AddRule("R3", RoutingTarget.Queue("triage"), when: new RuleCondition(channels: [Channel.Chat]))
            .Build();

        var overlaps = RoutingPolicyLinter.Lint(sut).Findings.Where(f => f.Code == LintCodes.OverlappingRules).Select(f => string.Join("+", f.RuleIds));

        Assert.Equal(["R1+R3"], overlaps);
    }

    [Fact]
    public void Lint_AgentTargetWithoutFallbackOrQueue_WarnsMissingFallback()
    {
        var sut = Base().AddRule("R1", RoutingTarget.AgentPool("billing"), when: new RuleCondition(tagsAny: ["billing"])).Build();

        var finding = Assert.Single(RoutingPolicyLinter.Lint(sut).Findings);

        Assert.Equal(LintCodes.MissingFallback, finding.Code);
        Assert.Equal(LintSeverity.Warning, finding.Severity);
        Assert.Equal(["R1"], finding.RuleIds.ToArray());
    }

    [Fact]
    public void Lint_UnknownSkill_ErrorWhenSkillsAreKnown()
    {
        var report = RoutingPolicyLinter.Lint(RoutingPolicy.DefaultV1, knownSkills: ["billing", "general"]);

        var finding = Assert.Single(report.Errors);
        Assert.Equal(LintCodes.UnknownSkill, finding.Code);
        Assert.Equal(["R4"], finding.RuleIds.ToArray());
        Assert.Contains("bugs", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_AgainstASnapshot_ChecksSkillsAndTeams()
    {
        var capacity = new CapacitySnapshot([new Agent("a", ["billing", "bugs"], AgentStatus.Online, 1, 0, team: "ops")]);

        var report = RoutingPolicyLinter.Lint(RoutingPolicy.DefaultV1, capacity);

        Assert.Equal(
            [(LintCodes.UnknownTeam, "R2"), (LintCodes.UnknownSkill, "R5")],
            report.Errors.Select(f => (f.Code, f.RuleIds.Single())));
    }

    [Fact]
    public void Lint_DefaultV1_ReportsTheKnownOverlapsOnly()
    {
        var report = RoutingPolicyLinter.Lint(RoutingPolicy.DefaultV1);

        Assert.Empty(report.Errors);
        Assert.Contains(report.Warnings, f => f.RuleIds.SequenceEqual(["R1", "R2"]));
        Assert.Contains(report.Warnings, f => f.RuleIds.SequenceEqual(["R3", "R4"]));
        Assert.DoesNotContain(report.Warnings, f => f.RuleIds.SequenceEqual(["R5", "R6"]));
        Assert.DoesNotContain(report.Warnings, f => f.RuleIds.SequenceEqual(["R2", "R5"]));
    }

    [Fact]
    public void Lint_Null_Throws()
    {
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => RoutingPolicyLinter.Lint(null!)).ParamName);
    }
}
