namespace SupportOps.EventTimeline.Events;

/// <summary>The ticket was escalated (<c>escalated</c>, schema version 1).</summary>
public sealed record Escalated : TicketEvent
{
    /// <summary>Creates the event; set its members with an object initializer.</summary>
    public Escalated()
        : base(TicketEventKind.Escalated)
    {
    }

    /// <summary>Gets why the ticket was escalated.</summary>
    public required string Reason { get; init; }

    /// <summary>Gets who or what it was escalated to (a tier-2 queue, an engineering team), when known.</summary>
    public string? EscalatedTo { get; init; }
}
