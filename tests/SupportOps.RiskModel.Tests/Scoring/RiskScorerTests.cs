using NodaTime;
using SupportOps.RiskModel.Scoring;

namespace SupportOps.RiskModel.Tests.Scoring;

public sealed partial class RiskScorerTests
{
    private static readonly Duration Target = Duration.FromHours(8);

    private readonly RiskScorer sut = new();

    /// <summary>Assigned, idle, empty queue, email, P2, open, with <paramref name="remainingHours"/> of 8 left.</summary>
    private static RiskInputs Quiet(double remainingHours = 8) =>
        new(Duration.Max(Duration.Zero, Target - Duration.FromHours(remainingHours)), Duration.FromHours(remainingHours), Target) { IsAssigned = true };

    [Theory]
    [InlineData(8, 0)]
    [InlineData(6, 17.5)]
    [InlineData(4, 35)]
    [InlineData(2, 52.5)]
    [InlineData(0, 70)]
    [InlineData(-3, 70)]
    [InlineData(12, 0)]
    public void Score_SlaTimeElapsed_IsSeventyTimesClampedElapsedShare(double remainingHours, double expected)
    {
        var result = sut.Score(Quiet(remainingHours));

        Assert.Equal(expected, result.GetContribution(RiskReason.SlaTimeElapsed));
        Assert.Equal(expected, result.Score);
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.8, 0)]
    [InlineData(0.9, 7.5)]
    [InlineData(1.0, 15)]
    [InlineData(2.5, 15)]
    public void Score_AgentLoad_RampsLinearlyFromThresholdToSaturation(double load, double expected)
    {
        var result = sut.Score(Quiet() with { AssigneeLoad = load });

        Assert.Equal(expected, result.GetContribution(RiskReason.AgentLoadHigh), 10);
    }

    [Fact]
    public void Score_UnassignedWithHighLoad_IgnoresLoadAndAddsUnassigned()
    {
        var result = sut.Score(Quiet() with { IsAssigned = false, AssigneeLoad = 3 });

        Assert.Equal(0, result.GetContribution(RiskReason.AgentLoadHigh));
        Assert.Equal(8, result.GetContribution(RiskReason.Unassigned));
        Assert.Equal(8, result.Score);
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.7, 0)]
    [InlineData(0.85, 5)]
    [InlineData(1.0, 10)]
    [InlineData(4.0, 10)]
    public void Score_QueueBacklog_RampsLinearlyFromThresholdToSaturation(double backlog, double expected)
    {
        var result = sut.Score(Quiet() with { QueueBacklog = backlog });

        Assert.Equal(expected, result.GetContribution(RiskReason.BacklogHigh), 10);
    }

    [Theory]
    [InlineData(Channel.Chat, RiskReason.LiveChannel, 6)]
    [InlineData(Channel.Social, RiskReason.SocialChannel, 4)]
    public void Score_Channel_AddsItsWeight(Channel channel, RiskReason factor, double expected)
    {
        var result = sut.Score(Quiet() with { Channel = channel });

        Assert.Equal(expected, result.GetContribution(factor));
        Assert.Equal(expected, result.Score);
        Assert.Equal(factor, result.GetReason(0));
    }

    [Theory]
    [InlineData(Channel.Email)]
    [InlineData(Channel.Web)]
    [InlineData(Channel.Slack)]
    [InlineData(Channel.Phone)]
    [InlineData(Channel.Api)]
    public void Score_OtherChannels_AddNothing(Channel channel)
    {
        Assert.Equal(0, sut.Score(Quiet() with { Channel = channel }).Score);
    }

    [Theory]
    [InlineData(Priority.P0, RiskReason.PriorityP0, 8)]
    [InlineData(Priority.P1, RiskReason.PriorityP1, 4)]
    public void Score_HighPriority_AddsItsWeight(Priority priority, RiskReason factor, double expected)
    {
        var result = sut.Score(Quiet() with { Priority = priority });

        Assert.Equal(expected, result.GetContribution(factor));
        Assert.Equal(expected, result.Score);
    }

    [Theory]
    [InlineData(TicketStatus.PendingCustomer, RiskReason.PendingCustomer, -10)]
    [InlineData(TicketStatus.OnHold, RiskReason.OnHold, -15)]
    public void Score_PausingStatus_SubtractsItsReduction(TicketStatus status, RiskReason factor, double expected)
    {
        var result = sut.Score(Quiet(remainingHours: 0) with { Status = status });

        Assert.Equal(expected, result.GetContribution(factor));
        Assert.Equal(70 + expected, result.Score);
        Assert.Equal([RiskReason.SlaTimeElapsed, factor], result.Reasons);
    }

    [Fact]
    public void Score_PausingStatusAlone_ClampsAtZero()
    {
        var result = sut.Score(Quiet() with { Status = TicketStatus.OnHold });

        Assert.Equal(0, result.Score);
        Assert.Equal(-15, result.GetContribution(RiskReason.OnHold));
    }

    [Fact]
    public void Score_Breached_LiftsToFloorAndExplainsTheLift()
    {
        var result = sut.Score(Quiet(remainingHours: -1) with { IsBreached = true, Status = TicketStatus.OnHold });

        Assert.Equal(90, result.Score);
        Assert.Equal(35, result.GetContribution(RiskReason.AlreadyBreached));
        Assert.Equal([RiskReason.SlaTimeElapsed, RiskReason.AlreadyBreached, RiskReason.OnHold], result.Reasons);
        Assert.Equal(RiskBand.Critical, result.Band);
        Assert.True(result.IsBreached);
    }

    [Fact]
    public void Score_BreachedAlreadyAboveFloor_KeepsScoreAndStillReportsBreach()
    {
        var result = sut.Score(Quiet(remainingHours: -1) with { IsBreached = true, IsAssigned = false, Priority = Priority.P0, Channel = Channel.Chat });

        Assert.Equal(92, result.Score);
        Assert.Equal(0, result.GetContribution(RiskReason.AlreadyBreached));
        Assert.Equal(RiskReason.AlreadyBreached, result.GetReason(result.ReasonCount - 1));
    }

    [Fact]
    public void Score_Everything_ClampsAtHundredAndReportsFourTopFactorsPlusBreach()
    {
        var inputs = Quiet(remainingHours: -1) with
        {
            IsBreached = true, AssigneeLoad = 2, QueueBacklog = 2, Channel = Channel.Chat, Priority = Priority.P0,
        };

        var result = sut.Score(inputs);

        Assert.Equal(100, result.Score);
        Assert.Equal(
            [RiskReason.SlaTimeElapsed, RiskReason.AgentLoadHigh, RiskReason.BacklogHigh, RiskReason.PriorityP0, RiskReason.AlreadyBreached],
            result.Reasons);
    }

    [Fact]
    public void Score_TiedContributions_FollowTheFixedFactorOrder()
    {
        // Unassigned (+8) and P0 (+8) tie; Unassigned comes first in RiskReason order.
        var result = sut.Score(Quiet() with { IsAssigned = false, Priority = Priority.P0 });

        Assert.Equal([RiskReason.Unassigned, RiskReason.PriorityP0], result.Reasons);
    }

    [Fact]
    public void Score_NothingContributes_ReportsSlaTimeElapsedAlone()
    {
        var result = sut.Score(Quiet());

        Assert.Equal(0, result.Score);
        Assert.Equal(RiskBand.Ok, result.Band);
        Assert.Equal([RiskReason.SlaTimeElapsed], result.Reasons);
    }

    [Fact]
    public void Score_ReadmeExample_MatchesTheDocumentedText()
    {
        var inputs = new RiskInputs(Duration.FromHours(6), Duration.FromHours(2), Duration.FromHours(8))
        {
            Priority = Priority.P1,
            Channel = Channel.Chat,
            IsAssigned = false,
        };

        var result = sut.Score(inputs);

        Assert.Equal("70.5 critical: SLA_TIME_ELAPSED +52.5, UNASSIGNED +8, LIVE_CHANNEL +6, PRIORITY_P1 +4", result.ToString());
    }

    public static TheoryData<string, RiskInputs, double, RiskBand> BandEdges() => new()
    {
        // SLA 35 + P1 4 = 39
        { "39", Quiet(4) with { Priority = Priority.P1 }, 39, RiskBand.Ok },
        // SLA 35 + load 15 - pending 10 = 40
        { "40", Quiet(4) with { AssigneeLoad = 1, Status = TicketStatus.PendingCustomer }, 40, RiskBand.AtRisk },
        // SLA 70 - on hold 15 + backlog 10 + P1 4 = 69
        { "69", Quiet(0) with { Status = TicketStatus.OnHold, QueueBacklog = 1, Priority = Priority.P1 }, 69, RiskBand.AtRisk },
        // SLA 70 = 70
        { "70", Quiet(0), 70, RiskBand.Critical },
        { "0", Quiet(), 0, RiskBand.Ok },
        { "100", Quiet(0) with { AssigneeLoad = 1, QueueBacklog = 1, Priority = Priority.P0 }, 100, RiskBand.Critical },
    };

    [Theory]
    [MemberData(nameof(BandEdges))]
    public void Score_BandEdges_FallInTheDocumentedBand(string name, RiskInputs inputs, double expectedScore, RiskBand expectedBand)
    {
        var result = sut.Score(inputs);

        Assert.True(expectedScore == result.Score, $"{name}: expected {expectedScore}, got {result.Score}");
        Assert.Equal(expectedBand, result.Band);
    }

    [Fact]
    public void Score_CustomOptions_UsesThem()
    {
        var options = new RiskScoringOptions { UnassignedWeight = 20, AtRiskFrom = 10, CriticalFrom = 20, MaxReasons = 1 };
        var custom = new RiskScorer(options);

        var result = custom.Score(Quiet() with { IsAssigned = false, Priority = Priority.P1 });

        Assert.Equal(24, result.Score);
        Assert.Equal(RiskBand.Critical, result.Band);
        Assert.Equal([RiskReason.Unassigned], result.Reasons);
    }

    [Fact]
    public void Ctor_OptionsChangedAfterwards_KeepsTheCopiedPolicy()
    {
        var options = new RiskScoringOptions();
        var scorer = new RiskScorer(options);
        options.UnassignedWeight = 50;

        Assert.Equal(8, scorer.Score(Quiet() with { IsAssigned = false }).Score);
    }

    [Fact]
    public void Ctor_InvalidOptions_Throws()
    {
        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => new RiskScorer(new RiskScoringOptions { SocialWeight = -1 }));
    }

    [Fact]
    public void ScoreBatch_DestinationTooShort_ThrowsNamingIt()
    {
        var inputs = new RiskInputs[3];
        var destination = new RiskScore[2];

        var error = Assert.Throws<ArgumentException>(() => sut.ScoreBatch(inputs, destination));

        Assert.Equal("destination.Length", error.ParamName);
    }

    [Fact]
    public void GetContribution_UndefinedFactor_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => sut.Score(Quiet()).GetContribution((RiskReason)11));
    }

    [Theory]
    [InlineData(4, "SLA_TIME_ELAPSED, ALREADY_BREACHED, ON_HOLD, AGENT_LOAD_HIGH, LIVE_CHANNEL")]
    [InlineData(3, "SLA_TIME_ELAPSED, ALREADY_BREACHED, ON_HOLD, AGENT_LOAD_HIGH")]
    [InlineData(2, "SLA_TIME_ELAPSED, ALREADY_BREACHED, ON_HOLD")]
    [InlineData(1, "SLA_TIME_ELAPSED, ALREADY_BREACHED")]
    public void Score_SixFactorsAndBreached_KeepsTopMaxReasonsAndMergesBreached(int maxReasons, string expected)
    {
        // SLA 43.75, lift to 90 = 38.75, on hold −15, load 7.5, chat 6, backlog 5, P1 4.
        var scorer = new RiskScorer(new RiskScoringOptions { MaxReasons = maxReasons });
        var inputs = Quiet(remainingHours: 3) with
        {
            AssigneeLoad = 0.9,
            QueueBacklog = 0.85,
            Priority = Priority.P1,
            Channel = Channel.Chat,
            Status = TicketStatus.OnHold,
            IsBreached = true,
        };

        var result = scorer.Score(inputs);

        Assert.Equal(expected, result.Reasons.ToString());
        Assert.Equal(38.75, result.GetContribution(RiskReason.AlreadyBreached));
        Assert.Equal(90, result.Score);
    }

    [Theory]
    [InlineData(0.4, 1.2)]
    [InlineData(0.3, 1.25)]
    [InlineData(0.1, 2.0)]
    public void Score_LoadAtSaturation_GivesExactlyTheWeightEvenWhenTheSpanRoundsBadly(double threshold, double saturation)
    {
        // For these spans (saturation − threshold) × (1 / (saturation − threshold)) rounds to 0.9999999999999999.
        var scorer = new RiskScorer(new RiskScoringOptions { AgentLoadThreshold = threshold, AgentLoadSaturation = saturation });

        // The score (a double; contributions are single precision) is the load factor alone.
        Assert.Equal(15, scorer.Score(Quiet() with { AssigneeLoad = saturation }).Score);
        Assert.Equal(15, scorer.Score(Quiet() with { AssigneeLoad = saturation + 1e-9 }).Score);
        Assert.True(scorer.Score(Quiet() with { AssigneeLoad = saturation - 1e-9 }).Score < 15);
    }

    [Fact]
    public void Score_EnumValuesOutsideTheirEnumerations_AddNoFactor()
    {
        var result = sut.Score(Quiet() with { Priority = (Priority)42, Channel = (Channel)(-1), Status = (TicketStatus)6 });

        Assert.Equal(0, result.Score);
        Assert.Equal("SLA_TIME_ELAPSED", result.Reasons.ToString());
    }

    [Fact]
    public void Score_NegativeZeroWeights_ContributeNothingAndAreNotReasons()
    {
        var scorer = new RiskScorer(new RiskScoringOptions { SlaTimeWeight = -0.0, AgentLoadWeight = -0.0, BacklogWeight = -0.0, OnHoldReduction = -0.0 });
        var inputs = Quiet(remainingHours: 1) with { AssigneeLoad = 2, QueueBacklog = 2, Status = TicketStatus.OnHold };

        var result = scorer.Score(inputs);

        Assert.Equal(0, result.Score);
        Assert.Equal("SLA_TIME_ELAPSED", result.Reasons.ToString());
        Assert.Equal(1, result.ReasonCount);
    }

    [Fact]
    public void Score_BreachedAboveTheFloor_ReportsAlreadyBreachedLastWithNoContribution()
    {
        // SLA 70 + unassigned 8 + P0 8 + chat 6 = 92 is above the floor of 90; unassigned and P0 tie and keep factor order.
        var inputs = Quiet(remainingHours: -1) with { IsAssigned = false, Priority = Priority.P0, Channel = Channel.Chat, IsBreached = true };

        var result = sut.Score(inputs);

        Assert.Equal(92, result.Score);
        Assert.Equal("SLA_TIME_ELAPSED, UNASSIGNED, PRIORITY_P0, LIVE_CHANNEL, ALREADY_BREACHED", result.Reasons.ToString());
        Assert.Equal(0, result.GetContribution(RiskReason.AlreadyBreached));
        Assert.True(result.IsBreached);
    }
}
