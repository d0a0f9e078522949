namespace SupportOps.Summarizer.Abstractions.Requests;

/// <summary>Who wrote a message. Wire values are snake_case (<c>customer</c>, <c>agent</c>, ...).</summary>
public enum ActorKind
{
    /// <summary>The customer who raised the ticket, or a colleague of theirs.</summary>
    Customer,

    /// <summary>A support agent.</summary>
    Agent,

    /// <summary>The help desk itself (automations, notifications).</summary>
    System,

    /// <summary>Another system writing through an integration.</summary>
    Integration,
}
