namespace SupportOps.EventTimeline.Events;

/// <summary>A routing override was removed (<c>routing_override_cleared</c>, schema version 1).</summary>
public sealed record RoutingOverrideCleared : TicketEvent
{
    /// <summary>Creates the event; set its members with an object initializer.</summary>
    public RoutingOverrideCleared()
        : base(TicketEventKind.RoutingOverrideCleared)
    {
    }

    /// <summary>Gets the id of the override that was cleared.</summary>
    public required string OverrideId { get; init; }

    /// <summary>Gets why it was cleared, when given.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the id of the person who cleared it; null when it was cleared automatically.</summary>
    public string? ClearedBy { get; init; }
}
