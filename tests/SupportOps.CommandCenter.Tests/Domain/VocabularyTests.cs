using SupportOps.CommandCenter.Domain;
using Risk = SupportOps.RiskModel.Scoring;
using Sla = SupportOps.SlaEngine.Occurrences;
using Timeline = SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Tests.Domain;

public sealed class VocabularyTests
{
    [Fact]
    public void Map_EveryTimelineValue_HasTheSameNameInTheOtherPackages()
    {
        AssertMapsByName<Timeline.Priority, Sla.Priority>();
        AssertMapsByName<Timeline.Channel, Sla.Channel>();
        AssertMapsByName<Timeline.CustomerTier, Sla.CustomerTier>();
        AssertMapsByName<Timeline.TicketStatus, Sla.TicketStatus>();
        AssertMapsByName<Timeline.Priority, Risk.Priority>();
        AssertMapsByName<Timeline.Channel, Risk.Channel>();
        AssertMapsByName<Timeline.TicketStatus, Risk.TicketStatus>();
    }

    [Theory]
    [InlineData(Timeline.TicketStatus.PendingCustomer, "pending_customer")]
    [InlineData(Timeline.TicketStatus.OnHold, "on_hold")]
    [InlineData(Timeline.TicketStatus.New, "new")]
    public void Wire_Status_IsSnakeCase(Timeline.TicketStatus status, string wire)
    {
        Assert.Equal(wire, Vocabulary.Wire(status));
        Assert.True(Vocabulary.TryParse<Timeline.TicketStatus>(wire, out var parsed));
        Assert.Equal(status, parsed);
    }

    [Theory]
    [InlineData("PendingCustomer")]
    [InlineData("pending")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotAWireName_ReturnsFalse(string? wire)
    {
        Assert.False(Vocabulary.TryParse<Timeline.TicketStatus>(wire, out _));
    }

    [Fact]
    public void Wire_Priority_IsLowercase()
    {
        Assert.Equal("p0", Vocabulary.Wire(Timeline.Priority.P0));
        Assert.Equal("at_risk", Vocabulary.Wire(Risk.RiskBand.AtRisk));
    }

    private static void AssertMapsByName<TFrom, TTo>()
        where TFrom : struct, Enum
        where TTo : struct, Enum
    {
        foreach (var value in Enum.GetValues<TFrom>())
        {
            Assert.Equal(value.ToString(), Vocabulary.Map<TFrom, TTo>(value).ToString());
        }
    }
}
