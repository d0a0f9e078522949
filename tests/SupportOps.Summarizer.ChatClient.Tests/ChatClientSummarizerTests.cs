using System.Text.Json;
using Microsoft.Extensions.AI;
using SupportOps.Summarizer.Abstractions.Canonicalization;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.ChatClient.Tests.Fakes;
using SupportOps.Summarizer.Local;
using static SupportOps.Summarizer.ChatClient.Tests.TestRequests;

namespace SupportOps.Summarizer.ChatClient.Tests;

public sealed class ChatClientSummarizerTests
{
    [Fact]
    public async Task SummarizeAsync_ValidOutput_ReturnsTheModelsResult()
    {
        var client = FakeChatClient.Answering(ModelAnswers.Valid);
        var sut = CreateSut(client);

        var result = await sut.SummarizeAsync(Outage());

        Assert.Equal("Checkout returns HTTP 502 for all customers since 08:40. The customer asks for an urgent fix.", result.Summary);
        Assert.Equal(ResponseType.Escalate, result.ResponseType);
        Assert.Equal(EscalationReason.Outage, result.EscalationReason);
        Assert.Equal([NextAction.PageOncall, NextAction.SendStatusUpdate], result.NextActions.Select(action => action.Action));
        Assert.Equal(new Sentiment(SentimentLabel.Negative, -0.55), result.Sentiment);
        Assert.Equal(new ProviderMetadata("fakeai", "fake-model-1", "summary-prompt-v1"), result.Metadata);
        Assert.False(result.Metadata.FallbackUsed);
        Assert.Equal(SummaryRequestCanonicalizer.Default.ComputeHash(Outage()), result.InputsHash);
        Assert.Equal(Now, result.GeneratedAt);
    }

    [Fact]
    public async Task SummarizeAsync_Request_SendsVersionedPromptCanonicalTicketAndSchema()
    {
        var client = FakeChatClient.Answering(ModelAnswers.Valid);
        var sut = CreateSut(client, configure: options => options.ModelId = "gpt-test");

        await sut.SummarizeAsync(Outage());

        var (messages, options) = Assert.Single(client.Requests);
        Assert.Equal([ChatRole.System, ChatRole.User], messages.Select(message => message.Role));
        Assert.Contains("prompt version summary-prompt-v1", messages[0].Text, StringComparison.Ordinal);
        Assert.Contains(SummaryRequestCanonicalizer.Default.Canonicalize(Outage()), messages[1].Text, StringComparison.Ordinal);
        Assert.Equal("gpt-test", options!.ModelId);
        Assert.Equal(0f, options.Temperature);
        var format = Assert.IsType<ChatResponseFormatJson>(options.ResponseFormat);
        Assert.Equal("ticket_summary", format.SchemaName);
        Assert.NotNull(format.Schema);
    }

    [Fact]
    public async Task SummarizeAsync_JsonModeOption_AsksForPlainJson()
    {
        var client = FakeChatClient.Answering(ModelAnswers.Valid);

        await CreateSut(client, configure: options => options.UseJsonSchema = false).SummarizeAsync(Outage());

        var format = Assert.IsType<ChatResponseFormatJson>(client.Requests[0].Options!.ResponseFormat);
        Assert.Null(format.Schema);
    }

    [Fact]
    public async Task SummarizeAsync_OutputInCodeFence_IsAccepted()
    {
        var result = await CreateSut(FakeChatClient.Answering("```json\n" + ModelAnswers.Valid + "\n```")).SummarizeAsync(Outage());

        Assert.False(result.Metadata.FallbackUsed);
    }

    [Fact]
    public async Task SummarizeAsync_NoModelIdInResponse_UsesTheClientsDefaultModel()
    {
        var result = await CreateSut(FakeChatClient.Answering(ModelAnswers.Valid, modelId: null)).SummarizeAsync(Outage());

        Assert.Equal("fake-default", result.Metadata.Model);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"summary\": \"unterminated")]
    [InlineData("")]
    [InlineData("[1, 2]")]
    public async Task SummarizeAsync_InvalidJson_FallsBackForInvalidOutput(string answer)
    {
        var logger = new CapturingLogger<ChatClientSummarizer>();

        var result = await CreateSut(FakeChatClient.Answering(answer), logger).SummarizeAsync(Outage());

        AssertLocalFallback(result, FallbackReason.InvalidOutput);
        Assert.Contains(logger.Entries, entry => entry.Contains("broke the contract", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"escalation_reason\": \"outage\"", "\"other\": 1", "escalation_reason")]
    [InlineData("\"response_type\": \"escalate\"", "\"response_type\": \"panic\"", "response_type")]
    [InlineData("\"score\": -0.55", "\"score\": -3", "sentiment.score")]
    [InlineData("\"confidence\": 0.92", "\"confidence\": 1.5", "next_actions[0].confidence")]
    [InlineData("\"label\": \"negative\", ", "", "sentiment.label")]
    [InlineData("\"summary\": \"Checkout returns HTTP 502 for all customers since 08:40. The customer asks for an urgent fix.\",", "\"summary\": \"One. Two. Three. Four.\",", "summary")]
    [InlineData("{ \"action\": \"send_status_update\"", "{ \"action\": \"page_oncall\"", "next_actions[1].action")]
    public async Task SummarizeAsync_OutputBreakingTheContract_FallsBackAndLogsTheField(string from, string to, string field)
    {
        var logger = new CapturingLogger<ChatClientSummarizer>();

        var result = await CreateSut(FakeChatClient.Answering(ModelAnswers.Replace(from, to)), logger).SummarizeAsync(Outage());

        AssertLocalFallback(result, FallbackReason.InvalidOutput);
        Assert.Contains(logger.Entries, entry => entry.Contains(field, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SummarizeAsync_SingleAction_FallsBack()
    {
        var answer = ModelAnswers.Replace(
            ",\n    { \"action\": \"send_status_update\", \"rationale\": \"The customer needs an acknowledgement.\", \"confidence\": 0.8 }",
            string.Empty);

        var result = await CreateSut(FakeChatClient.Answering(answer)).SummarizeAsync(Outage());

        AssertLocalFallback(result, FallbackReason.InvalidOutput);
    }

    [Fact]
    public async Task SummarizeAsync_SlowModel_FallsBackForTimeout()
    {
        var logger = new CapturingLogger<ChatClientSummarizer>();
        var sut = CreateSut(FakeChatClient.Hanging(), logger, options => options.Timeout = TimeSpan.FromMilliseconds(100));

        var result = await sut.SummarizeAsync(Outage());

        AssertLocalFallback(result, FallbackReason.Timeout);
        Assert.Contains(logger.Entries, entry => entry.Contains("Timeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SummarizeAsync_CallerCancels_IsCanceledNotAFallback()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var sut = CreateSut(FakeChatClient.Hanging());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sut.SummarizeAsync(Outage(), cancellation.Token));
    }

    [Fact]
    public async Task SummarizeAsync_ThrowingClient_FallsBackForErrorWithoutLeakingTheMessage()
    {
        var logger = new CapturingLogger<ChatClientSummarizer>();
        var failure = new HttpRequestException($"401 Unauthorized: incorrect API key provided: {ApiKey}");

        var result = await CreateSut(FakeChatClient.Throwing(failure), logger).SummarizeAsync(Outage());

        AssertLocalFallback(result, FallbackReason.Error);
        Assert.Contains(logger.Entries, entry => entry.Contains("System.Net.Http.HttpRequestException", StringComparison.Ordinal));
        Assert.DoesNotContain(ApiKey, logger.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("incorrect API key", logger.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, Serialize(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummarizeAsync_ModelEchoesTheKey_NeverReachesTheLogs()
    {
        var logger = new CapturingLogger<ChatClientSummarizer>();
        var answer = ModelAnswers.Replace("\"response_type\": \"escalate\"", $"\"response_type\": \"{ApiKey}\"");

        var result = await CreateSut(FakeChatClient.Answering(answer), logger).SummarizeAsync(Outage());

        AssertLocalFallback(result, FallbackReason.InvalidOutput);
        Assert.DoesNotContain(ApiKey, logger.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, Serialize(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummarizeAsync_Fallback_KeepsTheInputsHashAndClock()
    {
        var result = await CreateSut(FakeChatClient.Throwing(new InvalidOperationException())).SummarizeAsync(Outage());

        Assert.Equal(SummaryRequestCanonicalizer.Default.ComputeHash(Outage()), result.InputsHash);
        Assert.Equal(Now, result.GeneratedAt);
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws()
    {
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => CreateSut(FakeChatClient.Answering("{}"), configure: options => options.Timeout = TimeSpan.Zero));

        Assert.Contains("Timeout", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    private static void AssertLocalFallback(SummaryResult result, FallbackReason reason)
    {
        Assert.True(result.Metadata.FallbackUsed);
        Assert.Equal(reason, result.Metadata.FallbackReason);
        Assert.Equal(LocalSummarizer.ProviderName, result.Metadata.Provider);
        Assert.Equal(EscalationReason.Outage, result.EscalationReason);
        Assert.True(Abstractions.Validation.SummaryResultValidator.Validate(result).IsValid);
    }

    private static string Serialize(SummaryResult result) =>
        JsonSerializer.Serialize(new
        {
            result.Summary,
            Entities = result.Entities.Select(entity => entity.Value),
            Actions = result.NextActions.Select(action => action.Rationale),
            result.Metadata.Provider,
            result.Metadata.Model,
            result.Metadata.PromptVersion,
        });
}
