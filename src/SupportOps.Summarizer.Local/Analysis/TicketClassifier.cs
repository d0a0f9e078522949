using SupportOps.Summarizer.Abstractions.Requests;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.Local.Data;

namespace SupportOps.Summarizer.Local.Analysis;

/// <summary>
/// Decides the response type and the escalation reason from the weighted topic cues, the sentiment,
/// the customer tier and the SLA risk. The rules, in order, are documented in docs/summarizer.md.
/// </summary>
internal static class TicketClassifier
{
    public static Classification Classify(TicketDocument document, Sentiment sentiment, CustomerTier tier, SlaRisk risk, int slaRiskThreshold)
    {
        var security = document.Evidence(Cue.Security);
        var informational = document.Evidence(Cue.Informational);
        var outage = document.Evidence(Cue.Outage);
        var paymentFailure = document.Evidence(Cue.PaymentFailure);
        var refund = document.Evidence(Cue.Refund);
        var billing = document.Evidence(Cue.Billing) + paymentFailure + refund;
        var troubleshooting = document.Evidence(Cue.Troubleshooting);
        var problem = document.Evidence(Cue.Problem);
        var escalationRequest = document.Evidence(Cue.EscalationRequest);

        var isSecurity = security >= 1 && security > informational;
        var isOutage = outage >= 1;
        var isPaymentFailure = paymentFailure >= 1;
        var isSlaAtRisk = risk.Breached || risk.Score >= slaRiskThreshold;
        var isNegative = sentiment.Label == SentimentLabel.Negative;
        var isEnterpriseProblem = tier == CustomerTier.Enterprise && (problem >= 1 || isNegative || isOutage || isSecurity || isPaymentFailure);
        var asksForEscalation = escalationRequest >= 1 && isNegative;

        EscalationReason? reason =
            isSecurity ? EscalationReason.Security
            : isOutage ? EscalationReason.Outage
            : isPaymentFailure ? EscalationReason.PaymentFailure
            : isSlaAtRisk ? EscalationReason.SlaRisk
            : isEnterpriseProblem ? EscalationReason.EnterpriseTier
            : null;

        var responseType =
            isSecurity ? ResponseType.Security
            : isOutage || risk.Breached || asksForEscalation ? ResponseType.Escalate
            : Topic(billing, troubleshooting, informational);

        return new Classification(responseType, reason, isSecurity, isOutage, isPaymentFailure, isSlaAtRisk, isEnterpriseProblem, refund >= 1, asksForEscalation);
    }

    private static ResponseType Topic(double billing, double troubleshooting, double informational)
    {
        if (billing <= 0 && troubleshooting <= 0)
        {
            return ResponseType.Informational;
        }

        if (billing >= troubleshooting && billing >= informational)
        {
            return ResponseType.Billing;
        }

        return troubleshooting >= informational ? ResponseType.Troubleshooting : ResponseType.Informational;
    }
}
