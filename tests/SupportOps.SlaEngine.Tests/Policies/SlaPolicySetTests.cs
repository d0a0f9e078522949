using NodaTime;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Policies;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.SlaEngine.Tests.Policies;

public sealed class SlaPolicySetTests
{
    private static SlaPolicySet Policies() =>
        new SlaPolicySetBuilder()
            .Add("enterprise-urgent", p => p.ForPriorities(Priority.P0, Priority.P1).ForTiers(CustomerTier.Enterprise).FirstResponse(t => t.Target(Duration.FromMinutes(30))))
            .Add("enterprise", p => p.ForTiers(CustomerTier.Enterprise).FirstResponse(t => t.Target(Duration.FromHours(2))))
            .Add("vip", p => p.WithAnyTag("vip", "board").FirstResponse(t => t.Target(Duration.FromHours(1))))
            .Add("social", p => p.ForChannels(Channel.Social, Channel.Slack).FirstResponse(t => t.Target(Duration.FromHours(3))))
            .Default("standard", p => p.FirstResponse(t => t.Target(Duration.FromHours(8))))
            .Build();

    [Theory]
    [InlineData(Priority.P0, CustomerTier.Enterprise, Channel.Email, "", "enterprise-urgent")]
    [InlineData(Priority.P2, CustomerTier.Enterprise, Channel.Email, "", "enterprise")]
    [InlineData(Priority.P2, CustomerTier.Enterprise, Channel.Social, "vip", "enterprise")]
    [InlineData(Priority.P2, CustomerTier.Free, Channel.Social, "VIP", "vip")]
    [InlineData(Priority.P2, CustomerTier.Free, Channel.Slack, "other", "social")]
    [InlineData(Priority.P0, CustomerTier.Premium, Channel.Web, "", "standard")]
    public void Select_Ticket_FirstMatchingPolicyElseDefault(Priority priority, CustomerTier tier, Channel channel, string tag, string expected)
    {
        var sut = Policies();

        var policy = sut.Select(priority, tier, channel, tag.Length == 0 ? [] : [tag]);

        Assert.Equal(expected, policy.Id);
    }

    [Fact]
    public void All_Policies_ListedInMatchOrderWithDefaultLast()
    {
        var sut = Policies();

        Assert.Equal(["enterprise-urgent", "enterprise", "vip", "social", "standard"], sut.All.Select(p => p.Id));
        Assert.Equal(4, sut.Policies.Length);
        Assert.Equal("standard", sut.Default.Id);
        Assert.Same(sut.Default, sut.Find("standard"));
        Assert.Null(sut.Find("missing"));
    }

    [Fact]
    public void Build_NoDefault_ThrowsNamingTheDefault()
    {
        var sut = new SlaPolicySetBuilder().Add("a", p => p.ForTiers(CustomerTier.Free));

        var error = Assert.Throws<InvalidOperationException>(sut.Build);

        Assert.Contains("no default policy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DuplicateIds_ThrowsNamingTheId()
    {
        var sut = new SlaPolicySetBuilder()
            .Add("gold", p => p.ForTiers(CustomerTier.Premium))
            .Default("gold", p => p.FirstResponse(t => t.Target(Duration.FromHours(1))));

        var error = Assert.Throws<InvalidOperationException>(sut.Build);

        Assert.Contains("Two policies have the id 'gold'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_WithConditions_ThrowsNamingThePolicy()
    {
        var sut = new SlaPolicySetBuilder();

        var error = Assert.Throws<ArgumentException>(() => sut.Default("d", p => p.ForTiers(CustomerTier.Free)));

        Assert.Contains("default policy 'd' must not have conditions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Target_Negative_ThrowsNamingTargetAndValue()
    {
        var sut = new SlaPolicyBuilder("p");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => sut.FirstResponse(t => t.Target(Priority.P1, Duration.FromMinutes(-5))));

        Assert.Equal("target", error.ParamName);
        Assert.Contains("-0:00:05:00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Target_LongerThanHundredYears_ThrowsNamingTargetAndLimit()
    {
        var sut = new SlaPolicyBuilder("p");

        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => sut.Resolution(t => t.Target(SlaTimerBuilder.MaxTarget + Duration.Epsilon)));

        Assert.Equal("target", error.ParamName);
        Assert.Contains("target must be at most 36525:00:00:00 (100 years)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Target_HundredYears_Accepted()
    {
        var sut = new SlaPolicySetBuilder().Default("d", policy => policy.Resolution(t => t.Target(SlaTimerBuilder.MaxTarget))).Build();

        Assert.Equal(Duration.FromDays(36_525), sut.Default.Timer(SlaTimerKind.Resolution)!.TargetFor(Priority.P2));
    }

    [Fact]
    public void Build_TimerWithoutTarget_ThrowsNamingTimerAndPolicy()
    {
        var sut = new SlaPolicyBuilder("p").NextResponse(t => t.InCalendarTime());

        var error = Assert.Throws<InvalidOperationException>(sut.Build);

        Assert.Contains("Timer 'next_response' of policy 'p' has no target", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankId_ThrowsNamingId(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => new SlaPolicyBuilder(id));

        Assert.Equal("id", error.ParamName);
    }

    [Fact]
    public void Build_PerPriorityTargets_OnlyThosePrioritiesHaveATarget()
    {
        var sut = new SlaPolicyBuilder("p")
            .WarnAt(50)
            .FirstResponse(t => t.Target(Priority.P0, Duration.FromHours(1)).Target(Priority.P2, Duration.FromHours(4)))
            .Resolution(t => t.Target(Duration.FromDays(3)).InCalendarTime().WarnWhenRemaining(Duration.FromHours(4)));

        var policy = sut.Build();

        var firstResponse = policy.Timer(SlaTimerKind.FirstResponse)!;
        Assert.Equal(Duration.FromHours(1), firstResponse.TargetFor(Priority.P0));
        Assert.Null(firstResponse.TargetFor(Priority.P1));
        Assert.Equal([SlaWarningThreshold.PercentElapsed(50)], firstResponse.Warnings.ToArray());
        var resolution = policy.Timer(SlaTimerKind.Resolution)!;
        Assert.Equal(SlaTimeMode.Calendar, resolution.Mode);
        Assert.Equal([SlaWarningThreshold.TimeRemaining(Duration.FromHours(4))], resolution.Warnings.ToArray());
        Assert.Null(policy.Timer(SlaTimerKind.NextResponse));
        Assert.True(policy.Conditions.MatchesAll);
    }
}
