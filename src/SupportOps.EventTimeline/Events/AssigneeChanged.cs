namespace SupportOps.EventTimeline.Events;

/// <summary>The ticket was assigned, reassigned or unassigned (<c>assignee_changed</c>, schema version 1).</summary>
public sealed record AssigneeChanged : TicketEvent
{
    /// <summary>Creates the event; set its members with an object initializer.</summary>
    public AssigneeChanged()
        : base(TicketEventKind.AssigneeChanged)
    {
    }

    /// <summary>Gets the previous assignee's id, as the source reported it; null when unassigned or unknown.</summary>
    public string? From { get; init; }

    /// <summary>Gets the new assignee's id; null when the ticket was unassigned.</summary>
    public string? To { get; init; }
}
