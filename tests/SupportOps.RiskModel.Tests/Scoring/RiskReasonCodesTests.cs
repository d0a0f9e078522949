using SupportOps.RiskModel.Scoring;

namespace SupportOps.RiskModel.Tests.Scoring;

public sealed class RiskReasonCodesTests
{
    [Theory]
    [InlineData(RiskReason.AlreadyBreached, "ALREADY_BREACHED")]
    [InlineData(RiskReason.SlaTimeElapsed, "SLA_TIME_ELAPSED")]
    [InlineData(RiskReason.AgentLoadHigh, "AGENT_LOAD_HIGH")]
    [InlineData(RiskReason.BacklogHigh, "BACKLOG_HIGH")]
    [InlineData(RiskReason.Unassigned, "UNASSIGNED")]
    [InlineData(RiskReason.PriorityP0, "PRIORITY_P0")]
    [InlineData(RiskReason.PriorityP1, "PRIORITY_P1")]
    [InlineData(RiskReason.LiveChannel, "LIVE_CHANNEL")]
    [InlineData(RiskReason.SocialChannel, "SOCIAL_CHANNEL")]
    [InlineData(RiskReason.OnHold, "ON_HOLD")]
    [InlineData(RiskReason.PendingCustomer, "PENDING_CUSTOMER")]
    public void ToCode_EveryReason_HasItsStableCodeAndParsesBack(RiskReason reason, string code)
    {
        Assert.Equal(code, reason.ToCode());
        Assert.True(RiskReasonCodes.TryParse(code, out var parsed));
        Assert.Equal(reason, parsed);
    }

    [Fact]
    public void Count_MatchesTheEnum()
    {
        Assert.Equal(RiskReasonCodes.Count, Enum.GetValues<RiskReason>().Length);
    }

    [Fact]
    public void TryParse_UnknownCode_ReturnsFalse()
    {
        Assert.False(RiskReasonCodes.TryParse("sla_time_elapsed", out _));
    }

    [Fact]
    public void ToCode_UndefinedReason_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((RiskReason)42).ToCode());
    }
}
