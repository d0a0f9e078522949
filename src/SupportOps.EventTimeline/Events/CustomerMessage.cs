namespace SupportOps.EventTimeline.Events;

/// <summary>The customer wrote to support (<c>customer_message</c>, schema version 1).</summary>
public sealed record CustomerMessage : MessageEvent
{
    /// <summary>Creates the event; set its members with an object initializer.</summary>
    public CustomerMessage()
        : base(TicketEventKind.CustomerMessage)
    {
    }

    /// <summary>Gets the channel the message travelled through.</summary>
    public required Channel Channel { get; init; }

    /// <inheritdoc />
    public bool Equals(CustomerMessage? other) => base.Equals(other) && Channel == other.Channel;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Channel);
}
