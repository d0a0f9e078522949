using NodaTime;
using SupportOps.Summarizer.Abstractions.Requests;
using SupportOps.Summarizer.Abstractions.Results;
using static SupportOps.Summarizer.Abstractions.Tests.TestData;

namespace SupportOps.Summarizer.Abstractions.Tests.Requests;

public sealed class SummaryRequestTests
{
    [Fact]
    public void Constructor_Defaults_AreEmptyFreeAndNoRisk()
    {
        var sut = new SummaryRequest("", []);

        Assert.Empty(sut.Messages);
        Assert.Empty(sut.Tags);
        Assert.Equal(CustomerTier.Free, sut.CustomerTier);
        Assert.Equal(SlaRisk.None, sut.SlaRisk);
    }

    [Fact]
    public void Constructor_NullMessage_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new SummaryRequest("s", [Customer(0, "x"), null!]));
    }

    [Fact]
    public void SlaRisk_ScoreAbove100_ThrowsNamingTheArgument()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SlaRisk(101, breached: false));
        Assert.Equal("score", error.ParamName);
    }

    [Fact]
    public void TicketMessage_UndefinedRole_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TicketMessage((ActorKind)9, Instant.MinValue, Channel.Email, "x"));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void KeyEntity_ConfidenceOutsideRange_Throws(double confidence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new KeyEntity(EntityType.Url, "https://x", confidence));
    }

    [Fact]
    public void ProviderMetadata_WithReason_IsFallback()
    {
        var sut = new ProviderMetadata("local", "extractive-v1", "lexicon-v1");

        Assert.False(sut.FallbackUsed);
        Assert.True((sut with { FallbackReason = FallbackReason.Timeout }).FallbackUsed);
    }

    [Fact]
    public void Sentiment_Default_IsNeutral()
    {
        Assert.Equal(SentimentLabel.Neutral, default(Sentiment).Label);
        Assert.Equal(Sentiment.Neutral, default);
    }

    [Fact]
    public void Equals_SameContentInNewArrays_IsEqual()
    {
        var first = Request(Customer(0, "a"), Agent(1, "b"));
        var second = Request(Customer(0, "a"), Agent(1, "b"));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, Request(Customer(0, "a"), Agent(1, "c")));
    }

    [Fact]
    public void SummaryResult_Equals_ComparesEntitiesAndActionsByValue()
    {
        var first = ValidResult();
        var second = ValidResult();

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, second with { Entities = [new KeyEntity(EntityType.HttpStatus, "HTTP 503", 0.9)] });
    }
}
