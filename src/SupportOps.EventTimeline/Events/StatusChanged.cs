namespace SupportOps.EventTimeline.Events;

/// <summary>The ticket's status changed (<c>status_changed</c>, schema version 2).</summary>
/// <remarks><para>Schema version 1 used the legacy status names <c>pending</c> and <c>hold</c>; they are upcast on read to <c>pending_customer</c> and <c>on_hold</c>.</para></remarks>
public sealed record StatusChanged : TicketEvent
{
    /// <summary>Creates the event; set its members with an object initializer.</summary>
    public StatusChanged()
        : base(TicketEventKind.StatusChanged)
    {
    }

    /// <summary>Gets the status before the change, as the source reported it; null when unknown.</summary>
    public TicketStatus? From { get; init; }

    /// <summary>Gets the new status.</summary>
    public required TicketStatus To { get; init; }
}
