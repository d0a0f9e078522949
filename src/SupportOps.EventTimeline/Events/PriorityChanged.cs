namespace SupportOps.EventTimeline.Events;

/// <summary>The ticket's priority changed (<c>priority_changed</c>, schema version 1).</summary>
public sealed record PriorityChanged : TicketEvent
{
    /// <summary>Creates the event; set its members with an object initializer.</summary>
    public PriorityChanged()
        : base(TicketEventKind.PriorityChanged)
    {
    }

    /// <summary>Gets the priority before the change, as the source reported it; null when unknown.</summary>
    public Priority? From { get; init; }

    /// <summary>Gets the new priority.</summary>
    public required Priority To { get; init; }
}
