using SupportOps.Summarizer.Local.Data;
using static SupportOps.Summarizer.Local.Tests.TestTickets;

namespace SupportOps.Summarizer.Local.Tests.Data;

public sealed class SummarizerLexiconTests
{
    [Fact]
    public void Default_EmbeddedData_IsVersioned()
    {
        Assert.Equal("lexicon-v1", SummarizerLexicon.Default.Version);
        Assert.Equal("entities-v1", EntityDictionary.Default.Version);
        Assert.True(SummarizerLexicon.Default.Cues.Count > 100);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{}")]
    [InlineData("{\"version\": \"\"}")]
    [InlineData("{\"version\": \"x\", \"cues\": {\"weather\": [\"rain\"]}}")]
    public void FromJson_Invalid_ThrowsFormatException(string json)
    {
        Assert.Throws<FormatException>(() => SummarizerLexicon.FromJson(json));
    }

    [Fact]
    public void FromJson_CustomLexicon_ChangesSentimentAndVersion()
    {
        var lexicon = SummarizerLexicon.FromJson("""
            { "version": "tiny-1", "sentiment": { "words": { "meh": -3 }, "negators": [], "intensifiers": {} }, "cues": { "billing": ["meh"] } }
            """);
        var sut = CreateSut(options => options.Lexicon = lexicon);

        var result = sut.Summarize(Ticket("", "The invoice is meh."), Now);

        Assert.Equal(Abstractions.Results.SentimentLabel.Negative, result.Sentiment.Label);
        Assert.Equal(Abstractions.Results.ResponseType.Billing, result.ResponseType);
        Assert.StartsWith("tiny-1+", result.Metadata.PromptVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void EntityDictionary_EntryWithoutName_Throws()
    {
        Assert.Throws<FormatException>(() => EntityDictionary.FromJson("{\"version\":\"v\",\"products\":[{\"aliases\":[\"x\"]}]}"));
    }
}
