using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace SupportOps.EventTimeline.Events;

/// <summary>
/// The catalogue of ticket events: wire names, current schema versions and CLR types.
/// </summary>
/// <remarks>
/// <para>Wire names never change once published. When an event's shape changes, its schema version
/// goes up and the serializer upcasts older shapes on read (see <c>docs/event-timeline.md</c>).</para>
/// <para>This type is thread-safe.</para>
/// </remarks>
public static class TicketEventCatalog
{
    private static readonly Entry[] Entries =
    [
        new(TicketEventKind.TicketCreated, "ticket_created", 2, typeof(TicketCreated)),
        new(TicketEventKind.CustomerMessage, "customer_message", 1, typeof(CustomerMessage)),
        new(TicketEventKind.AgentPublicReply, "agent_public_reply", 1, typeof(AgentPublicReply)),
        new(TicketEventKind.InternalNote, "internal_note", 1, typeof(InternalNote)),
        new(TicketEventKind.StatusChanged, "status_changed", 2, typeof(StatusChanged)),
        new(TicketEventKind.PriorityChanged, "priority_changed", 1, typeof(PriorityChanged)),
        new(TicketEventKind.AssigneeChanged, "assignee_changed", 1, typeof(AssigneeChanged)),
        new(TicketEventKind.QueueChanged, "queue_changed", 1, typeof(QueueChanged)),
        new(TicketEventKind.TagsChanged, "tags_changed", 1, typeof(TagsChanged)),
        new(TicketEventKind.CustomerTierChanged, "customer_tier_changed", 1, typeof(CustomerTierChanged)),
        new(TicketEventKind.Escalated, "escalated", 1, typeof(Escalated)),
        new(TicketEventKind.RoutingDecided, "routing_decided", 1, typeof(RoutingDecided)),
        new(TicketEventKind.RoutingOverrideApplied, "routing_override_applied", 1, typeof(RoutingOverrideApplied)),
        new(TicketEventKind.RoutingOverrideCleared, "routing_override_cleared", 1, typeof(RoutingOverrideCleared)),
        new(TicketEventKind.SlaWarning, "sla_warning", 1, typeof(SlaWarning)),
        new(TicketEventKind.SlaBreached, "sla_breached", 1, typeof(SlaBreached)),
        new(TicketEventKind.SummaryGenerated, "summary_generated", 1, typeof(SummaryGenerated)),
        new(TicketEventKind.Merged, "merged", 1, typeof(Merged)),
    ];

    private static readonly FrozenDictionary<string, TicketEventKind> KindsByWireName =
        Entries.ToFrozenDictionary(entry => entry.WireName, entry => entry.Kind, StringComparer.Ordinal);

    /// <summary>Gets every event kind, in declaration order.</summary>
    public static IReadOnlyList<TicketEventKind> Kinds { get; } = Array.AsReadOnly(Entries.Select(entry => entry.Kind).ToArray());

    /// <summary>Gets the stable wire name of an event kind, for example <c>ticket_created</c>.</summary>
    /// <param name="kind">The event kind.</param>
    /// <returns>The snake_case wire name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string WireName(TicketEventKind kind) => Get(kind).WireName;

    /// <summary>Gets the schema version that this build writes for an event kind.</summary>
    /// <param name="kind">The event kind.</param>
    /// <returns>The current schema version, starting at 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static int CurrentSchemaVersion(TicketEventKind kind) => Get(kind).SchemaVersion;

    /// <summary>Gets the record type that represents an event kind.</summary>
    /// <param name="kind">The event kind.</param>
    /// <returns>The sealed record type deriving from <see cref="TicketEvent"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static Type EventType(TicketEventKind kind) => Get(kind).Type;

    /// <summary>Looks up the event kind with a wire name (case-sensitive).</summary>
    /// <param name="wireName">The wire name, for example <c>status_changed</c>.</param>
    /// <param name="kind">The kind, when found.</param>
    /// <returns><see langword="true"/> when the wire name is known.</returns>
    public static bool TryGetKind([NotNullWhen(true)] string? wireName, out TicketEventKind kind)
    {
        if (wireName is not null && KindsByWireName.TryGetValue(wireName, out kind))
        {
            return true;
        }

        kind = default;
        return false;
    }

    private static Entry Get(TicketEventKind kind)
    {
        var index = (int)kind;
        return (uint)index < (uint)Entries.Length
            ? Entries[index]
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"kind {kind} is not a defined ticket event kind.");
    }

    private sealed record Entry(TicketEventKind Kind, string WireName, int SchemaVersion, Type Type);
}
