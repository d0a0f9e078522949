namespace SupportOps.EventTimeline.Events;

/// <summary>The ticket moved to another queue (group) (<c>queue_changed</c>, schema version 1).</summary>
public sealed record QueueChanged : TicketEvent
{
    /// <summary>Creates the event; set its members with an object initializer.</summary>
    public QueueChanged()
        : base(TicketEventKind.QueueChanged)
    {
    }

    /// <summary>Gets the previous queue, as the source reported it; null when unknown.</summary>
    public string? From { get; init; }

    /// <summary>Gets the new queue.</summary>
    public required string To { get; init; }
}
