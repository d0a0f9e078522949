namespace SupportOps.EventTimeline.Events;

/// <summary>The requesting customer's tier changed (<c>customer_tier_changed</c>, schema version 1).</summary>
public sealed record CustomerTierChanged : TicketEvent
{
    /// <summary>Creates the event; set its members with an object initializer.</summary>
    public CustomerTierChanged()
        : base(TicketEventKind.CustomerTierChanged)
    {
    }

    /// <summary>Gets the tier before the change, as the source reported it; null when unknown.</summary>
    public CustomerTier? From { get; init; }

    /// <summary>Gets the new tier.</summary>
    public required CustomerTier To { get; init; }
}
