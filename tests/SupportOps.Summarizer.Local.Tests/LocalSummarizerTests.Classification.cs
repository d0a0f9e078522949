using SupportOps.Summarizer.Abstractions.Requests;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.Abstractions.Validation;
using static SupportOps.Summarizer.Local.Tests.TestTickets;

namespace SupportOps.Summarizer.Local.Tests;

public sealed partial class LocalSummarizerTests
{
    [Theory]
    [InlineData("I am very happy with the new reports.", SentimentLabel.Positive)]
    [InlineData("I am not happy with the new reports.", SentimentLabel.Negative)]
    [InlineData("The new reports are not bad at all.", SentimentLabel.Positive)]
    [InlineData("I am extremely angry and frustrated.", SentimentLabel.Negative)]
    [InlineData("Where can I find the invoice settings?", SentimentLabel.Neutral)]
    [InlineData("Ich bin sehr enttäuscht und wütend.", SentimentLabel.Negative)]
    [InlineData("Muchas gracias, el equipo es excelente.", SentimentLabel.Positive)]
    public void Summarize_Sentiment_FollowsLexiconNegationAndIntensifiers(string text, SentimentLabel expected)
    {
        var result = CreateSut().Summarize(Ticket("", text), Now);

        Assert.Equal(expected, result.Sentiment.Label);
    }

    [Fact]
    public void Summarize_Intensifier_StrengthensTheScore()
    {
        var plain = CreateSut().Summarize(Ticket("", "I am angry."), Now).Sentiment.Score;
        var intensified = CreateSut().Summarize(Ticket("", "I am very angry."), Now).Sentiment.Score;
        var shouted = CreateSut().Summarize(Ticket("", "I am very ANGRY!!!"), Now).Sentiment.Score;

        Assert.True(intensified < plain, $"{intensified} < {plain}");
        Assert.True(shouted < intensified, $"{shouted} < {intensified}");
    }

    [Fact]
    public void Summarize_Negation_FlipsAndDampens()
    {
        var happy = CreateSut().Summarize(Ticket("", "We are happy."), Now).Sentiment.Score;
        var notHappy = CreateSut().Summarize(Ticket("", "We are not happy."), Now).Sentiment.Score;

        Assert.True(happy > 0 && notHappy < 0 && Math.Abs(notHappy) < Math.Abs(happy), $"{happy} / {notHappy}");
    }

    [Theory]
    [InlineData("We were charged twice for invoice INV-1234, please refund it.", ResponseType.Billing)]
    [InlineData("The export crashes with error 500 when I click save.", ResponseType.Troubleshooting)]
    [InlineData("How do I add a second business hours schedule?", ResponseType.Informational)]
    [InlineData("Someone logged into my account from another country, I think we were hacked.", ResponseType.Security)]
    [InlineData("The whole platform is down, nobody can log in.", ResponseType.Escalate)]
    public void Summarize_Topic_PicksTheResponseType(string text, ResponseType expected)
    {
        var result = CreateSut().Summarize(Ticket("", text), Now);

        Assert.Equal(expected, result.ResponseType);
    }

    [Fact]
    public void Summarize_BreachedSla_EscalatesForSlaRisk()
    {
        var request = Ticket("Report missing", "The weekly report did not arrive.") with { SlaRisk = new SlaRisk(90, breached: true) };

        var result = CreateSut().Summarize(request, Now);

        Assert.Equal(ResponseType.Escalate, result.ResponseType);
        Assert.Equal(EscalationReason.SlaRisk, result.EscalationReason);
        Assert.Contains(result.NextActions, action => action.Action == NextAction.SendStatusUpdate);
    }

    [Theory]
    [InlineData(74, null)]
    [InlineData(75, EscalationReason.SlaRisk)]
    public void Summarize_SlaRiskThreshold_IsInclusive(int score, EscalationReason? expected)
    {
        var request = Ticket("Question", "Where can I change my email address?") with { SlaRisk = new SlaRisk(score, breached: false) };

        Assert.Equal(expected, CreateSut().Summarize(request, Now).EscalationReason);
    }

    [Fact]
    public void Summarize_EnterpriseProblem_EscalatesForTier_ButNotAQuestion()
    {
        var problem = Ticket("Search", "Search is broken and returns nothing.") with { CustomerTier = CustomerTier.Enterprise };
        var question = Ticket("Search", "Where can I read about search operators?") with { CustomerTier = CustomerTier.Enterprise };

        Assert.Equal(EscalationReason.EnterpriseTier, CreateSut().Summarize(problem, Now).EscalationReason);
        Assert.Null(CreateSut().Summarize(question, Now).EscalationReason);
    }

    [Fact]
    public void Summarize_SeveralReasons_PicksTheHighestPriority()
    {
        var request = Ticket("Down", "Everything is down for all users and our payment failed too.") with
        {
            CustomerTier = CustomerTier.Enterprise,
            SlaRisk = new SlaRisk(99, breached: true),
        };

        var result = CreateSut().Summarize(request, Now);

        Assert.Equal(EscalationReason.Outage, result.EscalationReason);
        Assert.Equal(NextAction.PageOncall, result.NextActions[0].Action);
    }

    [Fact]
    public void Summarize_PaymentFailure_SuggestsRetryingThePayment()
    {
        var result = CreateSut().Summarize(Ticket("Renewal", "Our card was declined at renewal with ERR_CARD_DECLINED."), Now);

        Assert.Equal(EscalationReason.PaymentFailure, result.EscalationReason);
        Assert.Equal(ResponseType.Billing, result.ResponseType);
        Assert.Equal(NextAction.RetryPayment, result.NextActions[0].Action);
    }

    [Fact]
    public void Summarize_Security_SuggestsSecuringTheAccountFirst()
    {
        var result = CreateSut().Summarize(Ticket("Phishing", "Our customers got phishing emails with a fake login page."), Now);

        Assert.Equal(EscalationReason.Security, result.EscalationReason);
        Assert.Equal([NextAction.SecureAccount, NextAction.ReassignSpecialist, NextAction.CollectLogs], result.NextActions.Take(3).Select(action => action.Action));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Hello")]
    [InlineData("How do I export reports?")]
    [InlineData("Everything is down for all users, we were hacked, the payment failed and I want a refund!!!")]
    public void Summarize_AnyTicket_SuggestsTwoToFourDistinctActionsWithRationales(string text)
    {
        var result = CreateSut().Summarize(Ticket("Subject", text), Now);

        Assert.InRange(result.NextActions.Length, SummaryContract.MinNextActions, SummaryContract.MaxNextActions);
        Assert.Equal(result.NextActions.Length, result.NextActions.Select(action => action.Action).Distinct().Count());
        Assert.All(result.NextActions, action => Assert.False(string.IsNullOrWhiteSpace(action.Rationale)));
        Assert.True(SummaryResultValidator.Validate(result).IsValid);
    }
}
