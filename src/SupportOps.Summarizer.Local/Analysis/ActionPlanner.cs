using System.Collections.Immutable;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.Abstractions.Validation;
using SupportOps.Summarizer.Abstractions.Wire;
using SupportOps.Summarizer.Local.Data;

namespace SupportOps.Summarizer.Local.Analysis;

/// <summary>
/// Suggests two to four next actions. Each rule that fires proposes actions with a confidence and a
/// rationale from the lexicon (keyed <c>trigger.action</c>); an action proposed twice keeps its highest
/// confidence; the most confident four are kept, and defaults fill up to two.
/// </summary>
internal static class ActionPlanner
{
    public static ImmutableArray<SuggestedAction> Plan(Classification classification, IReadOnlyList<KeyEntity> entities, Sentiment sentiment, SummarizerLexicon lexicon)
    {
        var proposals = new Dictionary<NextAction, (double Confidence, string Trigger)>();

        void Propose(string trigger, NextAction action, double confidence)
        {
            if (!proposals.TryGetValue(action, out var current) || current.Confidence < confidence)
            {
                proposals[action] = (confidence, trigger);
            }
        }

        var hasErrorSignal = entities.Any(entity => entity.Type is EntityType.ErrorCode or EntityType.HttpStatus);
        var hasBillingReference = entities.Any(entity => entity.Type is EntityType.InvoiceId or EntityType.OrderId);
        var hasIntegration = entities.Any(entity => entity.Type == EntityType.Integration);

        if (classification.IsSecurity)
        {
            Propose("security", NextAction.SecureAccount, 0.9);
            Propose("security", NextAction.ReassignSpecialist, 0.85);
            Propose("security", NextAction.CollectLogs, 0.6);
        }

        if (classification.IsOutage)
        {
            Propose("outage", NextAction.PageOncall, 0.9);
            Propose("outage", NextAction.SendStatusUpdate, 0.8);
            Propose("outage", NextAction.CollectLogs, 0.6);
        }

        if (classification.IsPaymentFailure)
        {
            Propose("payment_failure", NextAction.RetryPayment, 0.85);
            Propose("payment_failure", NextAction.ReassignSpecialist, 0.6);
        }

        switch (classification.ResponseType)
        {
            case ResponseType.Billing:
                if (classification.WantsRefund)
                {
                    Propose("billing", NextAction.OfferRefund, 0.75);
                }

                Propose("billing", NextAction.ReassignSpecialist, 0.55);
                if (!hasBillingReference)
                {
                    Propose("billing", NextAction.RequestInfo, 0.6);
                }

                break;
            case ResponseType.Troubleshooting:
                Propose(hasErrorSignal ? "troubleshooting_with_code" : "troubleshooting", NextAction.CollectLogs, 0.75);
                Propose("troubleshooting", NextAction.RequestInfo, hasErrorSignal ? 0.45 : 0.7);
                if (hasIntegration)
                {
                    Propose("troubleshooting", NextAction.ReassignSpecialist, 0.6);
                }

                break;
            case ResponseType.Informational:
                Propose("informational", NextAction.ShareDocumentation, 0.8);
                Propose("informational", NextAction.RequestInfo, 0.4);
                break;
        }

        if (classification.AsksForEscalation)
        {
            Propose("escalation_request", NextAction.ReassignSpecialist, 0.8);
        }

        if (classification.IsSlaAtRisk)
        {
            Propose("sla_risk", NextAction.SendStatusUpdate, 0.8);
        }

        if (classification.IsEnterpriseProblem)
        {
            Propose("enterprise_tier", NextAction.ReassignSpecialist, 0.6);
        }

        if (sentiment.Label == SentimentLabel.Negative)
        {
            Propose("negative_sentiment", NextAction.SendStatusUpdate, sentiment.Score <= -0.6 ? 0.75 : 0.6);
        }

        if (proposals.Count < SummaryContract.MinNextActions)
        {
            Propose("default", NextAction.RequestInfo, 0.4);
        }

        if (proposals.Count < SummaryContract.MinNextActions)
        {
            Propose("default", NextAction.SendStatusUpdate, 0.35);
        }

        return
        [
            .. proposals
                .OrderByDescending(pair => pair.Value.Confidence)
                .ThenBy(pair => pair.Key)
                .Take(SummaryContract.MaxNextActions)
                .Select(pair => new SuggestedAction(pair.Key, Rationale(lexicon, pair.Value.Trigger, pair.Key), pair.Value.Confidence)),
        ];
    }

    private static string Rationale(SummarizerLexicon lexicon, string trigger, NextAction action)
    {
        var name = WireNames.Of(action);
        var key = trigger == "troubleshooting_with_code" ? "troubleshooting.collect_logs_with_code" : trigger + "." + name;
        return lexicon.Rationale(key, "default." + name);
    }
}
