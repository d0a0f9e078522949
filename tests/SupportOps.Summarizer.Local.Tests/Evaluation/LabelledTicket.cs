using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using SupportOps.Summarizer.Abstractions.Requests;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.Abstractions.Wire;

namespace SupportOps.Summarizer.Local.Tests.Evaluation;

/// <summary>A ticket of the labelled corpus (Fixtures/summarizer-corpus.v1.json) with its expected labels.</summary>
public sealed class LabelledTicket
{
    private static readonly Instant Opened = Instant.FromUtc(2026, 11, 2, 8, 0);

    public string Id { get; set; } = "";

    public string Category { get; set; } = "";

    public string Subject { get; set; } = "";

    public string CustomerTier { get; set; } = "standard";

    public int SlaRisk { get; set; }

    public bool SlaBreached { get; set; }

    public List<string> Tags { get; set; } = [];

    public List<MessageLabel> Messages { get; set; } = [];

    public ExpectedLabels Expected { get; set; } = new();

    public static IReadOnlyList<LabelledTicket> LoadCorpus(string fileName = "summarizer-corpus.v1.json")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", fileName);
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        return JsonSerializer.Deserialize<Corpus>(File.ReadAllText(path), options)!.Tickets;
    }

    public SummaryRequest ToRequest() =>
        new(Subject, Messages.Select(message => new TicketMessage(
            Parse<ActorKind>(message.Role),
            Opened + Duration.FromMinutes(message.Minute),
            Parse<Channel>(message.Channel),
            message.Text)))
        {
            Tags = [.. Tags],
            CustomerTier = Parse<CustomerTier>(CustomerTier),
            SlaRisk = new SlaRisk(SlaRisk, SlaBreached),
        };

    public override string ToString() => Id;

    internal static TEnum Parse<TEnum>(string wireName)
        where TEnum : struct, Enum
        => WireNames.TryParse<TEnum>(wireName, out var value) ? value : throw new FormatException($"Unknown {typeof(TEnum).Name} '{wireName}'.");

    public sealed class MessageLabel
    {
        public string Role { get; set; } = "customer";

        public string Channel { get; set; } = "email";

        public int Minute { get; set; }

        public string Text { get; set; } = "";
    }

    public sealed class ExpectedLabels
    {
        public string ResponseType { get; set; } = "";

        public string? EscalationReason { get; set; }

        public string Sentiment { get; set; } = "neutral";

        public List<EntityLabel> Entities { get; set; } = [];

        public ResponseType ResponseTypeValue => Parse<ResponseType>(ResponseType);

        public EscalationReason? EscalationReasonValue => EscalationReason is null ? null : Parse<EscalationReason>(EscalationReason);

        public SentimentLabel SentimentValue => Parse<SentimentLabel>(Sentiment);
    }

    public sealed class EntityLabel
    {
        public string Type { get; set; } = "";

        public string Value { get; set; } = "";
    }

    private sealed class Corpus
    {
        [JsonPropertyName("tickets")]
        public List<LabelledTicket> Tickets { get; set; } = [];
    }
}
