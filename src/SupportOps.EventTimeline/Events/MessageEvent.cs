using System.Collections.Immutable;
using SupportOps.EventTimeline.Internal;

namespace SupportOps.EventTimeline.Events;

/// <summary>
/// The common shape of the message events: <see cref="CustomerMessage"/>, <see cref="AgentPublicReply"/>
/// and <see cref="InternalNote"/>.
/// </summary>
public abstract record MessageEvent : TicketEvent
{
    private readonly ImmutableArray<Attachment> _attachments = [];

    private protected MessageEvent(TicketEventKind kind)
        : base(kind)
    {
    }

    /// <summary>Gets the message id in the source system (a comment id, a Slack <c>ts</c>, a Message-ID).</summary>
    public required string MessageId { get; init; }

    /// <summary>Gets the id of the person who wrote the message.</summary>
    public required string AuthorId { get; init; }

    /// <summary>Gets the message body as plain text.</summary>
    public required string Body { get; init; }

    /// <summary>Gets the attachments, listed by name, content type and size. The default is empty.</summary>
    public ImmutableArray<Attachment> Attachments { get => _attachments; init => _attachments = Sequences.OrEmpty(value); }

    /// <inheritdoc />
    public virtual bool Equals(MessageEvent? other)
        => other is not null && EqualityContract == other.EqualityContract
           && MessageId == other.MessageId && AuthorId == other.AuthorId && Body == other.Body
           && Sequences.Equal(Attachments, other.Attachments);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EqualityContract, MessageId, AuthorId, Body, Sequences.Hash(Attachments));
}
