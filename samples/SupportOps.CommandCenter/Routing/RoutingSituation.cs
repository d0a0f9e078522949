using NodaTime;
using SupportOps.CommandCenter.Settings;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Snapshots;
using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Overrides;
using RoutingOverrideApplied = SupportOps.EventTimeline.Events.RoutingOverrideApplied;

namespace SupportOps.CommandCenter.Routing;

/// <summary>Everything a routing decision for one ticket is made from, loaded at one instant.</summary>
internal sealed class RoutingSituation
{
    /// <summary>Gets the ticket's stream.</summary>
    public required IReadOnlyList<EventEnvelope> Events { get; init; }

    /// <summary>Gets the ticket's current state (all events).</summary>
    public required TicketSnapshot Current { get; init; }

    /// <summary>Gets the routing engine's view of the ticket (its state without the router's own events).</summary>
    public required RoutingTicket Ticket { get; init; }

    /// <summary>Gets the agents' capacity (this ticket counted for its pre-routing assignee only).</summary>
    public required CapacitySnapshot Capacity { get; init; }

    /// <summary>Gets the ticket's overrides, rebuilt from its timeline.</summary>
    public required RoutingOverrideSet Overrides { get; init; }

    /// <summary>Gets the timeline's override id of each rebuilt override, by the rebuilt override's id.</summary>
    public required IReadOnlyDictionary<string, RoutingOverrideApplied> OverrideEvents { get; init; }

    /// <summary>Gets the active settings.</summary>
    public required ActiveSettingsSnapshot Settings { get; init; }

    /// <summary>Gets the instant of the decision.</summary>
    public required Instant Now { get; init; }
}
