using System.Collections.Immutable;
using NodaTime;
using SupportOps.Summarizer.Abstractions.Requests;
using SupportOps.Summarizer.Abstractions.Results;

namespace SupportOps.Summarizer.Abstractions.Tests;

internal static class TestData
{
    public static readonly Instant T0 = Instant.FromUtc(2026, 11, 27, 9, 0);

    public static TicketMessage Customer(int minute, string text) => new(ActorKind.Customer, T0 + Duration.FromMinutes(minute), Channel.Email, text);

    public static TicketMessage Agent(int minute, string text) => new(ActorKind.Agent, T0 + Duration.FromMinutes(minute), Channel.Email, text);

    public static SummaryRequest Request(params TicketMessage[] messages) =>
        new("Checkout fails with HTTP 502", messages)
        {
            Tags = ["checkout", "payments"],
            CustomerTier = CustomerTier.Enterprise,
            SlaRisk = new SlaRisk(80, breached: false),
        };

    public static SummaryResult ValidResult() => new()
    {
        Summary = "Checkout fails with HTTP 502 since 09:00. The customer asks for a fix today.",
        Entities = [new KeyEntity(EntityType.HttpStatus, "HTTP 502", 0.9)],
        Sentiment = new Sentiment(SentimentLabel.Negative, -0.6),
        ResponseType = ResponseType.Troubleshooting,
        NextActions =
        [
            new SuggestedAction(NextAction.CollectLogs, "Request ids pin the failing call.", 0.8),
            new SuggestedAction(NextAction.SendStatusUpdate, "The SLA is at risk.", 0.7),
        ],
        EscalationReason = EscalationReason.SlaRisk,
        Metadata = new ProviderMetadata("local", "extractive-v1", "lexicon-v1"),
        InputsHash = new string('a', 64),
        GeneratedAt = T0,
    };
}
