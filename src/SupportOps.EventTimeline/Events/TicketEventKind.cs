namespace SupportOps.EventTimeline.Events;

/// <summary>
/// The kinds of ticket event. Each has a stable snake_case wire name and a schema version, listed by
/// <see cref="TicketEventCatalog"/>.
/// </summary>
public enum TicketEventKind
{
    /// <summary><see cref="TicketCreated"/> (<c>ticket_created</c>).</summary>
    TicketCreated,

    /// <summary><see cref="Events.CustomerMessage"/> (<c>customer_message</c>).</summary>
    CustomerMessage,

    /// <summary><see cref="Events.AgentPublicReply"/> (<c>agent_public_reply</c>).</summary>
    AgentPublicReply,

    /// <summary><see cref="Events.InternalNote"/> (<c>internal_note</c>).</summary>
    InternalNote,

    /// <summary><see cref="Events.StatusChanged"/> (<c>status_changed</c>).</summary>
    StatusChanged,

    /// <summary><see cref="Events.PriorityChanged"/> (<c>priority_changed</c>).</summary>
    PriorityChanged,

    /// <summary><see cref="Events.AssigneeChanged"/> (<c>assignee_changed</c>).</summary>
    AssigneeChanged,

    /// <summary><see cref="Events.QueueChanged"/> (<c>queue_changed</c>).</summary>
    QueueChanged,

    /// <summary><see cref="Events.TagsChanged"/> (<c>tags_changed</c>).</summary>
    TagsChanged,

    /// <summary><see cref="Events.CustomerTierChanged"/> (<c>customer_tier_changed</c>).</summary>
    CustomerTierChanged,

    /// <summary><see cref="Events.Escalated"/> (<c>escalated</c>).</summary>
    Escalated,

    /// <summary><see cref="Events.RoutingDecided"/> (<c>routing_decided</c>).</summary>
    RoutingDecided,

    /// <summary><see cref="Events.RoutingOverrideApplied"/> (<c>routing_override_applied</c>).</summary>
    RoutingOverrideApplied,

    /// <summary><see cref="Events.RoutingOverrideCleared"/> (<c>routing_override_cleared</c>).</summary>
    RoutingOverrideCleared,

    /// <summary><see cref="Events.SlaWarning"/> (<c>sla_warning</c>).</summary>
    SlaWarning,

    /// <summary><see cref="Events.SlaBreached"/> (<c>sla_breached</c>).</summary>
    SlaBreached,

    /// <summary><see cref="Events.SummaryGenerated"/> (<c>summary_generated</c>).</summary>
    SummaryGenerated,

    /// <summary><see cref="Events.Merged"/> (<c>merged</c>).</summary>
    Merged,
}
