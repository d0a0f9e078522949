using NodaTime;

namespace SupportOps.RoutingEngine.Overrides;

/// <summary>Emitted when a manual override is cleared before it expires.</summary>
/// <param name="OverrideId">The cleared override's id.</param>
/// <param name="TicketId">The ticket.</param>
/// <param name="Actor">Who cleared it.</param>
/// <param name="Reason">Why.</param>
/// <param name="ClearedAt">When.</param>
public sealed record RoutingOverrideCleared(string OverrideId, string TicketId, string Actor, string Reason, Instant ClearedAt)
{
    /// <summary>The stable, versioned wire name of this event.</summary>
    public const string EventType = "routing.override_cleared.v1";
}
