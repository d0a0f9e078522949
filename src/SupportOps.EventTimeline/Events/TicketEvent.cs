using System.Text.Json.Serialization;

namespace SupportOps.EventTimeline.Events;

/// <summary>
/// Something that happened to a ticket. The concrete events are the sealed records of this namespace;
/// each has a stable wire name and schema version (see <see cref="TicketEventCatalog"/>).
/// </summary>
/// <remarks>
/// <para>Events are immutable values with value equality. They carry only what happened; who did it,
/// when, through which system and at which stream version is in the surrounding
/// <see cref="EventEnvelope"/>.</para>
/// <para>The hierarchy is closed: only this package defines events, so readers can rely on the catalogue.</para>
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(TicketCreated), "ticket_created")]
[JsonDerivedType(typeof(CustomerMessage), "customer_message")]
[JsonDerivedType(typeof(AgentPublicReply), "agent_public_reply")]
[JsonDerivedType(typeof(InternalNote), "internal_note")]
[JsonDerivedType(typeof(StatusChanged), "status_changed")]
[JsonDerivedType(typeof(PriorityChanged), "priority_changed")]
[JsonDerivedType(typeof(AssigneeChanged), "assignee_changed")]
[JsonDerivedType(typeof(QueueChanged), "queue_changed")]
[JsonDerivedType(typeof(TagsChanged), "tags_changed")]
[JsonDerivedType(typeof(CustomerTierChanged), "customer_tier_changed")]
[JsonDerivedType(typeof(Escalated), "escalated")]
[JsonDerivedType(typeof(RoutingDecided), "routing_decided")]
[JsonDerivedType(typeof(RoutingOverrideApplied), "routing_override_applied")]
[JsonDerivedType(typeof(RoutingOverrideCleared), "routing_override_cleared")]
[JsonDerivedType(typeof(SlaWarning), "sla_warning")]
[JsonDerivedType(typeof(SlaBreached), "sla_breached")]
[JsonDerivedType(typeof(SummaryGenerated), "summary_generated")]
[JsonDerivedType(typeof(Merged), "merged")]
public abstract record TicketEvent
{
    private protected TicketEvent(TicketEventKind kind) => Kind = kind;

    /// <summary>Gets the kind of this event, for fast dispatch without type tests.</summary>
    [JsonIgnore]
    public TicketEventKind Kind { get; }

    /// <summary>Gets the stable wire name of this event, for example <c>ticket_created</c>.</summary>
    [JsonIgnore]
    public string WireName => TicketEventCatalog.WireName(Kind);
}
