namespace SupportOps.Summarizer.Abstractions.Results;

/// <summary>The kind of reply the ticket calls for. Wire values are snake_case.</summary>
public enum ResponseType
{
    /// <summary>Charges, invoices, refunds, plans and payments.</summary>
    Billing,

    /// <summary>Something is broken for this customer: diagnose and fix.</summary>
    Troubleshooting,

    /// <summary>Hand over now: an outage, a breached SLA or a customer asking for escalation.</summary>
    Escalate,

    /// <summary>A question: how to, where is, can I.</summary>
    Informational,

    /// <summary>A compromised account, suspicious access, phishing or a vulnerability report.</summary>
    Security,
}
