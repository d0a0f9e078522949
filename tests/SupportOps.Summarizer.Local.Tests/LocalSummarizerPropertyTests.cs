using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SupportOps.Summarizer.Abstractions.Requests;
using SupportOps.Summarizer.Abstractions.Validation;
using static SupportOps.Summarizer.Local.Tests.TestTickets;

namespace SupportOps.Summarizer.Local.Tests;

public sealed class LocalSummarizerPropertyTests
{
    private static readonly LocalSummarizer Sut = CreateSut();

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150)]
    public void Summarize_AnyTicket_Meets_Specification(SummaryRequest request)
    {
        var result = Sut.Summarize(request, Now);

        var validation = SummaryResultValidator.Validate(result);
        Assert.True(validation.IsValid, string.Join("; ", validation.Violations));
        Assert.Equal(result, Sut.Summarize(request, Now) with { Entities = result.Entities, NextActions = result.NextActions });
    }

    public static class Arbitraries
    {
        private static readonly string[] Fragments =
        [
            "Hi team,", "The dashboard is down for all users.", "HTTP 502", "<p>", "</p>", "<br>", "&amp;", "ERR_X_Y", "€49,99",
            "order #12345", "Please help!!!", "not happy", "very angry", "How do I export?", "\n", "  ", "…", "e.g.", "?", "<a href=\"https://x.io\">x</a>",
            "Sehr geehrte Damen und Herren,", "¿Cómo puedo pagar?", "Je suis très déçu.", "We were hacked.", "payment failed", "Thanks, Ana", "-- ", "> quoted",
            "<blockquote>", "<script>", "<!--", "<", ">", "\"", "'", "0", "ÄÖÜ", "🙂",
        ];

        public static Arbitrary<SummaryRequest> Requests() =>
            (from subject in Text()
             from texts in Text().ListOf()
             from tier in Gen.Elements(Enum.GetValues<CustomerTier>())
             from score in Gen.Choose(0, 100)
             from breached in Gen.Elements(true, false)
             select new SummaryRequest(subject, texts.Select((text, i) => new TicketMessage(i % 3 == 1 ? ActorKind.Agent : ActorKind.Customer, Now + NodaTime.Duration.FromMinutes(i), Channel.Email, text)))
             {
                 CustomerTier = tier,
                 SlaRisk = new SlaRisk(score, breached),
             })
            .ToArbitrary();

        private static Gen<string> Text() =>
            Gen.Elements(Fragments).ListOf().Select(parts => string.Join(' ', parts));
    }
}
