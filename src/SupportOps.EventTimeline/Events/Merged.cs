namespace SupportOps.EventTimeline.Events;

/// <summary>One ticket was merged into another (<c>merged</c>, schema version 1).</summary>
/// <remarks><para>The event is written to the stream of the ticket that was merged away (<see cref="FromTicketId"/>), and may also be written to the surviving ticket's stream.</para></remarks>
public sealed record Merged : TicketEvent
{
    /// <summary>Creates the event; set its members with an object initializer.</summary>
    public Merged()
        : base(TicketEventKind.Merged)
    {
    }

    /// <summary>Gets the id of the surviving ticket.</summary>
    public required string IntoTicketId { get; init; }

    /// <summary>Gets the id of the ticket that was merged away.</summary>
    public required string FromTicketId { get; init; }
}
