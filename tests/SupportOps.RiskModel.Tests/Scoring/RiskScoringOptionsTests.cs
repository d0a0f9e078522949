using Microsoft.Extensions.Options;
using SupportOps.RiskModel.Scoring;

namespace SupportOps.RiskModel.Tests.Scoring;

public sealed class RiskScoringOptionsTests
{
    public static TheoryData<string, Action<RiskScoringOptions>> BadOptions() => new()
    {
        { nameof(RiskScoringOptions.SlaTimeWeight), o => o.SlaTimeWeight = -1 },
        { nameof(RiskScoringOptions.AgentLoadWeight), o => o.AgentLoadWeight = -0.5 },
        { nameof(RiskScoringOptions.BacklogWeight), o => o.BacklogWeight = double.NaN },
        { nameof(RiskScoringOptions.UnassignedWeight), o => o.UnassignedWeight = -8 },
        { nameof(RiskScoringOptions.LiveChatWeight), o => o.LiveChatWeight = double.PositiveInfinity },
        { nameof(RiskScoringOptions.SocialWeight), o => o.SocialWeight = -4 },
        { nameof(RiskScoringOptions.PendingCustomerReduction), o => o.PendingCustomerReduction = -10 },
        { nameof(RiskScoringOptions.OnHoldReduction), o => o.OnHoldReduction = -15 },
        { nameof(RiskScoringOptions.PriorityP0Weight), o => o.PriorityP0Weight = -8 },
        { nameof(RiskScoringOptions.PriorityP1Weight), o => o.PriorityP1Weight = -4 },
        { nameof(RiskScoringOptions.AgentLoadThreshold), o => (o.AgentLoadThreshold, o.AgentLoadSaturation) = (1.2, 2) },
        { nameof(RiskScoringOptions.AgentLoadSaturation), o => o.AgentLoadSaturation = 0.8 },
        { nameof(RiskScoringOptions.BacklogThreshold), o => o.BacklogThreshold = -0.1 },
        { nameof(RiskScoringOptions.BacklogSaturation), o => o.BacklogSaturation = 0.5 },
        { nameof(RiskScoringOptions.BreachedFloor), o => o.BreachedFloor = 101 },
        { nameof(RiskScoringOptions.AtRiskFrom), o => o.AtRiskFrom = 0 },
        { nameof(RiskScoringOptions.CriticalFrom), o => o.CriticalFrom = 120 },
        { nameof(RiskScoringOptions.CriticalFrom), o => (o.AtRiskFrom, o.CriticalFrom) = (70, 40) },
        { nameof(RiskScoringOptions.MaxReasons), o => o.MaxReasons = 0 },
        { nameof(RiskScoringOptions.MaxReasons), o => o.MaxReasons = 5 },
    };

    [Fact]
    public void Validate_Defaults_Passes()
    {
        var sut = new RiskScoringOptions();

        sut.Validate();
        Assert.True(new RiskScoringOptionsValidator().Validate(null, sut).Succeeded);
    }

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Validate_BadOption_ThrowsNamingTheOption(string option, Action<RiskScoringOptions> breakIt)
    {
        var sut = new RiskScoringOptions();
        breakIt(sut);

        var error = Assert.Throws<OptionsValidationException>(sut.Validate);

        Assert.Contains(option, error.Message, StringComparison.Ordinal);
        Assert.Single(error.Failures);
    }

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void ValidatorValidate_BadOption_FailsNamingTheOption(string option, Action<RiskScoringOptions> breakIt)
    {
        var options = new RiskScoringOptions();
        breakIt(options);
        var sut = new RiskScoringOptionsValidator();

        var result = sut.Validate(Options.DefaultName, options);

        Assert.True(result.Failed);
        Assert.Contains(option, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BandEdgesOutOfOrder_SaysSo()
    {
        var sut = new RiskScoringOptions { AtRiskFrom = 70, CriticalFrom = 70 };

        var error = Assert.Throws<OptionsValidationException>(sut.Validate);

        Assert.Contains("Band edges out of order: AtRiskFrom (70) must be below CriticalFrom (70)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralBadOptions_ReportsEach()
    {
        var sut = new RiskScoringOptions { SocialWeight = -1, MaxReasons = 9 };

        var error = Assert.Throws<OptionsValidationException>(sut.Validate);

        Assert.Equal(2, error.Failures.Count());
    }
}
