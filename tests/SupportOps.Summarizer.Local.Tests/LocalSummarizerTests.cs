using NodaTime;
using SupportOps.Summarizer.Abstractions.Canonicalization;
using SupportOps.Summarizer.Abstractions.Requests;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.Abstractions.Validation;
using static SupportOps.Summarizer.Local.Tests.TestTickets;

namespace SupportOps.Summarizer.Local.Tests;

public sealed partial class LocalSummarizerTests
{
    [Fact]
    public async Task SummarizeAsync_Ticket_RecordsClockHashAndMetadata()
    {
        var sut = CreateSut();
        var request = Ticket("Export fails", "The CSV export fails with ERR_EXPORT_TIMEOUT. Please fix it.");

        var result = await sut.SummarizeAsync(request);

        Assert.Equal(Now, result.GeneratedAt);
        Assert.Equal(SummaryRequestCanonicalizer.Default.ComputeHash(request), result.InputsHash);
        Assert.Equal("local", result.Metadata.Provider);
        Assert.Equal("extractive-v1", result.Metadata.Model);
        Assert.Equal("lexicon-v1+entities-v1", result.Metadata.PromptVersion);
        Assert.False(result.Metadata.FallbackUsed);
    }

    [Fact]
    public void Summarize_SameInput_IsDeterministic()
    {
        var request = Ticket("Dashboard down", "Our dashboard returns HTTP 502 for all users! Please help.", "Still down, this is unacceptable.");

        var first = CreateSut().Summarize(request, Now);
        var second = CreateSut().Summarize(request, Now);

        Assert.Equal(first.Summary, second.Summary);
        Assert.Equal(first.Entities.AsEnumerable(), second.Entities.AsEnumerable());
        Assert.Equal(first.NextActions.AsEnumerable(), second.NextActions.AsEnumerable());
        Assert.Equal(first with { Entities = [], NextActions = [] }, second with { Entities = [], NextActions = [] });
    }

    [Fact]
    public void Summarize_LongThread_ReadsOnlyTheLastMessages()
    {
        var sut = CreateSut(options => options.MaxMessages = 2);
        var request = Ticket("Sync", "Old message about order ORD-11111.", "The sync fails with ERR_SYNC_LOCKED.", "Please look into it today.");

        var result = sut.Summarize(request, Now);

        Assert.DoesNotContain(result.Entities, entity => entity.Value == "ORD-11111");
        Assert.Contains(result.Entities, entity => entity.Value == "ERR_SYNC_LOCKED");
        Assert.DoesNotContain("ORD-11111", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_ExtractiveSummary_KeepsAtMostThreeSentencesInOriginalOrder()
    {
        var request = Ticket(
            "Webhooks failing",
            "Hi team,\nOur webhooks stopped working on Friday. The delivery log shows 401 Unauthorized for every attempt. " +
            "We rotated the signing secret on Thursday. Nothing else changed on our side. Could you check what is wrong? Thanks, Anna");

        var result = CreateSut().Summarize(request, Now);

        var sentences = Abstractions.Text.SentenceSplitter.Split(result.Summary);
        Assert.InRange(sentences.Count, 1, 3);
        Assert.Contains("Our webhooks stopped working on Friday.", sentences);
        Assert.Contains("Could you check what is wrong?", sentences);
        Assert.DoesNotContain(sentences, sentence => sentence.StartsWith("Hi team", StringComparison.Ordinal) || sentence.StartsWith("Thanks", StringComparison.Ordinal));
        Assert.True(result.Summary.IndexOf("webhooks stopped", StringComparison.Ordinal) < result.Summary.IndexOf("Could you check", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_EmptyBody_SummarizesTheSubject()
    {
        var result = CreateSut().Summarize(Ticket("Refund for order ORD-88231", ""), Now);

        Assert.Equal("Refund for order ORD-88231. The messages carry no further text.", result.Summary);
        Assert.Equal(ResponseType.Billing, result.ResponseType);
        Assert.Contains(result.Entities, entity => entity is { Type: EntityType.OrderId, Value: "ORD-88231" });
        Assert.True(SummaryResultValidator.Validate(result).IsValid);
    }

    [Fact]
    public void Summarize_NoSubjectAndNoMessages_IsStillValid()
    {
        var result = CreateSut().Summarize(new SummaryRequest("", []), Now);

        Assert.Equal("The ticket has no subject and no message text.", result.Summary);
        Assert.Empty(result.Entities);
        Assert.Equal(SentimentLabel.Neutral, result.Sentiment.Label);
        Assert.True(SummaryResultValidator.Validate(result).IsValid, string.Join("; ", SummaryResultValidator.Validate(result).Violations));
    }

    [Fact]
    public void Summarize_VeryLongSentence_IsCutAtAWordBoundary()
    {
        var longSentence = "The import fails " + string.Join(' ', Enumerable.Repeat("because the file is very large", 20)) + ".";

        var result = CreateSut().Summarize(Ticket("Import", longSentence), Now);

        Assert.True(result.Summary.Length <= 221, result.Summary);
        Assert.EndsWith("…", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsNamingEachSetting()
    {
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => CreateSut(options => { options.MaxMessages = 0; options.SlaRiskThreshold = 101; }));

        Assert.Equal(2, error.Failures.Count());
        Assert.Contains(error.Failures, failure => failure.Contains("MaxMessages", StringComparison.Ordinal));
        Assert.Contains(error.Failures, failure => failure.Contains("SlaRiskThreshold", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SummarizeAsync_Canceled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CreateSut().SummarizeAsync(Ticket("x", "y"), cancellation.Token));
    }

    [Fact]
    public void Summarize_AgentAndSystemMessages_DoNotDriveSentiment()
    {
        var request = new SummaryRequest("Question", [
            new TicketMessage(ActorKind.Customer, Now, Channel.Chat, "Where can I download last month's invoice?"),
            new TicketMessage(ActorKind.Agent, Now + Duration.FromMinutes(1), Channel.Chat, "Happy to help, great question, thanks!"),
        ]);

        var result = CreateSut().Summarize(request, Now);

        Assert.Equal(SentimentLabel.Neutral, result.Sentiment.Label);
    }
}
