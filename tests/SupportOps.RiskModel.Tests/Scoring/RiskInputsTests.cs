using NodaTime;
using SupportOps.RiskModel.Scoring;

namespace SupportOps.RiskModel.Tests.Scoring;

public sealed class RiskInputsTests
{
    private static readonly Duration Hour = Duration.FromHours(1);

    [Fact]
    public void Ctor_SlaFields_SetsThemAndTheDocumentedDefaults()
    {
        var sut = new RiskInputs(Hour, Hour * 3, Hour * 4);

        Assert.Equal((Hour, Hour * 3, Hour * 4), (sut.TimeUsed, sut.TimeRemaining, sut.Target));
        Assert.Equal((TicketStatus.Open, Channel.Email, Priority.P2, false, 0.0, 0.0, false), (sut.Status, sut.Channel, sut.Priority, sut.IsAssigned, sut.AssigneeLoad, sut.QueueBacklog, sut.IsBreached));
    }

    [Fact]
    public void Ctor_NonPositiveTarget_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RiskInputs(Hour, Hour, Duration.Zero));

        Assert.Equal("value", error.ParamName);
        Assert.Contains("must be positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctor_NegativeTimeUsed_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RiskInputs(-Hour, Hour, Hour));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Init_BadLoadOrBacklog_Throws(double value)
    {
        var sut = new RiskInputs(Hour, Hour, Hour * 2);

        Assert.Throws<ArgumentOutOfRangeException>(() => sut with { AssigneeLoad = value });
        Assert.Throws<ArgumentOutOfRangeException>(() => sut with { QueueBacklog = value });
    }

    [Fact]
    public void Default_ScoresAsFullyElapsedWithoutThrowing()
    {
        var result = new RiskScorer().Score(default);

        Assert.Equal(70, result.GetContribution(RiskReason.SlaTimeElapsed));
    }
}
