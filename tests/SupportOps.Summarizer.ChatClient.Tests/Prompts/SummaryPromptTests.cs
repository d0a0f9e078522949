using System.Text.Json;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.Abstractions.Wire;
using SupportOps.Summarizer.ChatClient.Prompts;

namespace SupportOps.Summarizer.ChatClient.Tests.Prompts;

public sealed class SummaryPromptTests
{
    [Fact]
    public void Default_EmbeddedPrompt_IsVersionedAndNamesTheVersion()
    {
        var sut = SummaryPrompt.Default;

        Assert.Equal("summary-prompt-v1", sut.Version);
        Assert.Contains("summary-prompt-v1", sut.SystemMessage, StringComparison.Ordinal);
        Assert.Equal("Summarize this ticket.\n\nTICKET", sut.FormatUserMessage("TICKET"));
    }

    [Fact]
    public void Default_SchemaEnums_MatchTheContractsWireNames()
    {
        var properties = SummaryPrompt.Default.Schema.GetProperty("properties");

        Assert.Equal(WireNames.All<ResponseType>(), Enum(properties.GetProperty("response_type")));
        Assert.Equal(WireNames.All<EscalationReason>().Order(), Enum(properties.GetProperty("escalation_reason")).Where(name => name is not null).Order());
        Assert.Equal(WireNames.All<EntityType>(), Enum(properties.GetProperty("entities").GetProperty("items").GetProperty("properties").GetProperty("type")));
        Assert.Equal(WireNames.All<NextAction>(), Enum(properties.GetProperty("next_actions").GetProperty("items").GetProperty("properties").GetProperty("action")));
        Assert.Equal(WireNames.All<SentimentLabel>().Order(), Enum(properties.GetProperty("sentiment").GetProperty("properties").GetProperty("label")).Order());
    }

    [Fact]
    public void Default_SystemMessage_ListsEveryNextAction()
    {
        Assert.All(WireNames.All<NextAction>(), name => Assert.Contains(name, SummaryPrompt.Default.SystemMessage, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"version\":\"v\",\"system\":\"s\",\"user\":\"no placeholder\",\"schema\":{}}")]
    [InlineData("{\"version\":\"v\",\"system\":\"s\",\"user\":\"{ticket}\"}")]
    [InlineData("{\"system\":\"s\",\"user\":\"{ticket}\",\"schema\":{}}")]
    public void FromJson_Invalid_ThrowsFormatException(string json)
    {
        Assert.Throws<FormatException>(() => SummaryPrompt.FromJson(json));
    }

    private static IEnumerable<string?> Enum(JsonElement property) =>
        property.GetProperty("enum").EnumerateArray().Select(value => value.ValueKind == JsonValueKind.Null ? null : value.GetString()).ToArray();
}
