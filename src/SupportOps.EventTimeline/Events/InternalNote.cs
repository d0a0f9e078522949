namespace SupportOps.EventTimeline.Events;

/// <summary>An agent added a note only support can see (<c>internal_note</c>, schema version 1).</summary>
public sealed record InternalNote : MessageEvent
{
    /// <summary>Creates the event; set its members with an object initializer.</summary>
    public InternalNote()
        : base(TicketEventKind.InternalNote)
    {
    }

    /// <inheritdoc />
    public bool Equals(InternalNote? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}
