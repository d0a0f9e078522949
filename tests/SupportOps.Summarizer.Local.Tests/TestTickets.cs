using NodaTime;
using NodaTime.Testing;
using SupportOps.Summarizer.Abstractions.Requests;

namespace SupportOps.Summarizer.Local.Tests;

internal static class TestTickets
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 27, 12, 0);

    public static LocalSummarizer CreateSut(Action<LocalSummarizerOptions>? configure = null)
    {
        var options = new LocalSummarizerOptions();
        configure?.Invoke(options);
        return new LocalSummarizer(options, new FakeClock(Now));
    }

    public static SummaryRequest Ticket(string subject, params string[] customerMessages) =>
        new(subject, customerMessages.Select((text, i) => new TicketMessage(ActorKind.Customer, Now - Duration.FromHours(10 - i), Channel.Email, text)));
}
