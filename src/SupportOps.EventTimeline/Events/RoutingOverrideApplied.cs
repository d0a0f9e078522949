using NodaTime;

namespace SupportOps.EventTimeline.Events;

/// <summary>A person pinned the ticket's routing, overriding the routing engine (<c>routing_override_applied</c>, schema version 1).</summary>
/// <remarks><para>The override stays active until a <see cref="RoutingOverrideCleared"/> with the same <see cref="OverrideId"/> or until <see cref="ExpiresAt"/>.</para></remarks>
public sealed record RoutingOverrideApplied : TicketEvent
{
    /// <summary>Creates the event; set its members with an object initializer.</summary>
    public RoutingOverrideApplied()
        : base(TicketEventKind.RoutingOverrideApplied)
    {
    }

    /// <summary>Gets the override id.</summary>
    public required string OverrideId { get; init; }

    /// <summary>Gets what the ticket is pinned to.</summary>
    public required RoutingTargetKind TargetKind { get; init; }

    /// <summary>Gets the id of the queue, agent or team the ticket is pinned to.</summary>
    public required string TargetId { get; init; }

    /// <summary>Gets why the routing was overridden.</summary>
    public required string Reason { get; init; }

    /// <summary>Gets the id of the person who applied the override.</summary>
    public required string AppliedBy { get; init; }

    /// <summary>Gets when the override lapses on its own; null when it lasts until cleared.</summary>
    public Instant? ExpiresAt { get; init; }
}
