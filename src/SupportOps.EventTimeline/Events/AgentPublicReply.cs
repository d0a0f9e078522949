namespace SupportOps.EventTimeline.Events;

/// <summary>An agent replied publicly to the customer (<c>agent_public_reply</c>, schema version 1).</summary>
public sealed record AgentPublicReply : MessageEvent
{
    /// <summary>Creates the event; set its members with an object initializer.</summary>
    public AgentPublicReply()
        : base(TicketEventKind.AgentPublicReply)
    {
    }

    /// <summary>Gets the channel the message travelled through.</summary>
    public required Channel Channel { get; init; }

    /// <inheritdoc />
    public bool Equals(AgentPublicReply? other) => base.Equals(other) && Channel == other.Channel;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Channel);
}
