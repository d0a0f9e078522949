namespace SupportOps.EventTimeline.Events;

/// <summary>The ticket moved to another queue (group) (<c>queue_changed</c>, schema version 1).</summary>
public sealed record QueueChanged : TicketEvent
{
    /// <inheritdoc />
    public override TicketEventKind Kind => TicketEventKind.QueueChanged;

    /// <summary>Gets the previous queue, as the source reported it; null when unknown.</summary>
    public string? From { get; init; }

    /// <summary>Gets the new queue.</summary>
    public required string To { get; init; }
}
