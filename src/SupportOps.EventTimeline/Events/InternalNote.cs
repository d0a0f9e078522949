namespace SupportOps.EventTimeline.Events;

/// <summary>An agent added a note only support can see (<c>internal_note</c>, schema version 1).</summary>
public sealed record InternalNote : MessageEvent
{
    /// <inheritdoc />
    public override TicketEventKind Kind => TicketEventKind.InternalNote;

    /// <inheritdoc />
    public bool Equals(InternalNote? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}
