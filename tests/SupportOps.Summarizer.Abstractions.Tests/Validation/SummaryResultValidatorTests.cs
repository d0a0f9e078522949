using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.Abstractions.Validation;
using static SupportOps.Summarizer.Abstractions.Tests.TestData;

namespace SupportOps.Summarizer.Abstractions.Tests.Validation;

public sealed class SummaryResultValidatorTests
{
    [Fact]
    public void Validate_ValidResult_IsValid()
    {
        var outcome = SummaryResultValidator.Validate(ValidResult());

        Assert.True(outcome.IsValid, string.Join("; ", outcome.Violations));
    }

    [Fact]
    public void Validate_FourSentences_NamesSummary()
    {
        var outcome = SummaryResultValidator.Validate(ValidResult() with { Summary = "One. Two. Three. Four." });

        var violation = Assert.Single(outcome.Violations);
        Assert.Equal("summary", violation.Field);
        Assert.Contains("at most 3 sentences, but has 4", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptySummary_NamesSummary()
    {
        var outcome = SummaryResultValidator.Validate(ValidResult() with { Summary = " " });

        Assert.Equal("summary", Assert.Single(outcome.Violations).Field);
    }

    [Fact]
    public void Validate_OneAction_NamesNextActions()
    {
        var result = ValidResult();
        var outcome = SummaryResultValidator.Validate(result with { NextActions = [result.NextActions[0]] });

        Assert.Equal("next_actions", Assert.Single(outcome.Violations).Field);
    }

    [Fact]
    public void Validate_FiveActions_NamesNextActions()
    {
        var actions = Enum.GetValues<NextAction>().Take(5).Select(action => new SuggestedAction(action, "Because.", 0.5));
        var outcome = SummaryResultValidator.Validate(ValidResult() with { NextActions = [.. actions] });

        Assert.Equal("next_actions", Assert.Single(outcome.Violations).Field);
    }

    [Fact]
    public void Validate_RepeatedAction_NamesTheRepeat()
    {
        var action = new SuggestedAction(NextAction.CollectLogs, "Because.", 0.5);
        var outcome = SummaryResultValidator.Validate(ValidResult() with { NextActions = [action, action] });

        Assert.Equal("next_actions[1].action", Assert.Single(outcome.Violations).Field);
    }

    [Fact]
    public void Validate_UnknownEnumValues_NamesEachField()
    {
        var result = ValidResult() with
        {
            ResponseType = (ResponseType)42,
            EscalationReason = (EscalationReason)42,
            Entities = [new KeyEntity((EntityType)42, "x", 0.5)],
            NextActions = [new SuggestedAction((NextAction)42, "Because.", 0.5), new SuggestedAction(NextAction.RequestInfo, "Because.", 0.5)],
            Sentiment = new Sentiment((SentimentLabel)42, 0),
            Metadata = new ProviderMetadata("p", "m", "v") { FallbackReason = (FallbackReason)42 },
        };

        var fields = SummaryResultValidator.Validate(result).Violations.Select(violation => violation.Field);

        Assert.Equal(["entities[0].type", "sentiment.label", "response_type", "next_actions[0].action", "escalation_reason", "metadata.fallback_reason"], fields);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABCDEF")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Validate_BadHash_NamesInputsHash(string hash)
    {
        var outcome = SummaryResultValidator.Validate(ValidResult() with { InputsHash = hash });

        Assert.Equal("inputs_hash", Assert.Single(outcome.Violations).Field);
    }

    [Fact]
    public void Validate_TooManyEntities_NamesEntities()
    {
        var entities = Enumerable.Range(0, SummaryContract.MaxEntities + 1).Select(i => new KeyEntity(EntityType.OrderId, $"{i}", 0.5));
        var outcome = SummaryResultValidator.Validate(ValidResult() with { Entities = [.. entities] });

        Assert.Equal("entities", Assert.Single(outcome.Violations).Field);
    }

    [Fact]
    public void Validate_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => SummaryResultValidator.Validate(null!));
    }
}
