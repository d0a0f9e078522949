namespace SupportOps.Summarizer.Abstractions.Results;

/// <summary>A step the agent can take next. Wire values are snake_case (<c>request_info</c>, ...).</summary>
public enum NextAction
{
    /// <summary>Ask the customer for missing details.</summary>
    RequestInfo,

    /// <summary>Collect logs, request ids, screenshots or HAR files.</summary>
    CollectLogs,

    /// <summary>Reassign to a specialist team (billing, security, an integration's owners).</summary>
    ReassignSpecialist,

    /// <summary>Page the on-call engineer.</summary>
    PageOncall,

    /// <summary>Offer a refund or credit.</summary>
    OfferRefund,

    /// <summary>Help the customer retry or update the payment method.</summary>
    RetryPayment,

    /// <summary>Point the customer to the documentation that answers the question.</summary>
    ShareDocumentation,

    /// <summary>Lock the account, revoke sessions and rotate credentials.</summary>
    SecureAccount,

    /// <summary>Acknowledge, apologize where due, and promise the next update.</summary>
    SendStatusUpdate,
}
