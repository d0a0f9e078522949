using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using SupportOps.Summarizer.Abstractions.Requests;
using SupportOps.Summarizer.ChatClient.Tests.Fakes;
using SupportOps.Summarizer.Local;

namespace SupportOps.Summarizer.ChatClient.Tests;

internal static class TestRequests
{
    public const string ApiKey = "sk-test-DO-NOT-LOG-7f3a9c2e5b1d";

    public static readonly Instant Now = Instant.FromUtc(2026, 11, 27, 12, 0);

    public static SummaryRequest Outage() =>
        new("Checkout down - HTTP 502", [new TicketMessage(ActorKind.Customer, Now - Duration.FromMinutes(30), Channel.Email, "Our checkout returns HTTP 502 for all customers since 08:40. Please fix this urgently!")])
        {
            CustomerTier = CustomerTier.Enterprise,
            SlaRisk = new SlaRisk(60, breached: false),
        };

    public static ChatClientSummarizer CreateSut(IChatClient client, CapturingLogger<ChatClientSummarizer>? logger = null, Action<ChatClientSummarizerOptions>? configure = null)
    {
        var options = new ChatClientSummarizerOptions { Timeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(options);
        var clock = new FakeClock(Now);
        return new ChatClientSummarizer(client, new LocalSummarizer(new LocalSummarizerOptions(), clock), Options.Create(options), clock, logger ?? new CapturingLogger<ChatClientSummarizer>());
    }
}
