using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.Abstractions.Validation;
using SupportOps.Summarizer.ChatClient.Parsing;
using SupportOps.Summarizer.ChatClient.Tests.Fakes;
using static SupportOps.Summarizer.ChatClient.Tests.TestRequests;

namespace SupportOps.Summarizer.ChatClient.Tests.Parsing;

public sealed class ModelOutputParserTests
{
    private static readonly ProviderMetadata Metadata = new("p", "m", "v");
    private static readonly string Hash = new('a', 64);

    [Fact]
    public void Parse_ValidAnswer_BuildsAValidResult()
    {
        var (result, violations) = ModelOutputParser.Parse(ModelAnswers.Valid, Metadata, Hash, Now);

        Assert.Empty(violations);
        Assert.NotNull(result);
        Assert.True(SummaryResultValidator.Validate(result).IsValid);
        Assert.Equal(2, result.Entities.Length);
    }

    [Fact]
    public void Parse_SeveralProblems_NamesEveryField()
    {
        var answer = ModelAnswers.Replace("\"response_type\": \"escalate\"", "\"response_type\": 3")
            .Replace("\"type\": \"http_status\"", "\"type\": \"ip_address\"", StringComparison.Ordinal)
            .Replace("\"summary\":", "\"headline\":", StringComparison.Ordinal);

        var (result, violations) = ModelOutputParser.Parse(answer, Metadata, Hash, Now);

        Assert.Null(result);
        Assert.Equal(["summary", "entities[0].type", "response_type"], violations.Select(violation => violation.Field));
    }

    [Theory]
    [InlineData("```json\n{\"a\":1}\n```", "{\"a\":1}")]
    [InlineData("```\n{}\n```", "{}")]
    [InlineData("  {}  ", "{}")]
    public void StripCodeFence_FencedJson_ReturnsTheJson(string text, string expected)
    {
        Assert.Equal(expected, ModelOutputParser.StripCodeFence(text));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void Parse_AnswerWithFieldsRemoved_Meets_Specification(RemovedFields removed)
    {
        var answer = JsonNode.Parse(ModelAnswers.Valid)!.AsObject();
        foreach (var field in removed.Names)
        {
            answer.Remove(field);
        }

        var (result, violations) = ModelOutputParser.Parse(answer.ToJsonString(), Metadata, Hash, Now);

        if (removed.Names.Length == 0)
        {
            Assert.NotNull(result);
            Assert.Empty(violations);
        }
        else
        {
            Assert.Null(result);
            Assert.Equal(removed.Names.Order(), violations.Select(violation => violation.Field).Order());
        }
    }

    /// <summary>Top-level fields taken out of a valid answer.</summary>
    public sealed record RemovedFields(string[] Names);

    public static class Arbitraries
    {
        private static readonly string[] Fields = ["summary", "entities", "sentiment", "response_type", "next_actions", "escalation_reason"];

        public static Arbitrary<RemovedFields> Removed() =>
            Gen.SubListOf(Fields).Select(names => new RemovedFields([.. names])).ToArbitrary();
    }
}
