namespace SupportOps.Summarizer.Abstractions.Results;

/// <summary>Why a ticket should be escalated. Wire values are snake_case (<c>sla_risk</c>, ...).</summary>
public enum EscalationReason
{
    /// <summary>The SLA is breached or at high risk.</summary>
    SlaRisk,

    /// <summary>The customer reports an outage affecting many users.</summary>
    Outage,

    /// <summary>A payment failed or a card was declined.</summary>
    PaymentFailure,

    /// <summary>An enterprise customer has a problem.</summary>
    EnterpriseTier,

    /// <summary>A security incident: compromised account, suspicious access, data exposure.</summary>
    Security,
}
