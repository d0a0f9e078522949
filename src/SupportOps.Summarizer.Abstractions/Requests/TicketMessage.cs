using NodaTime;
using SupportOps.Summarizer.Abstractions.Internal;

namespace SupportOps.Summarizer.Abstractions.Requests;

/// <summary>One message of a ticket's thread.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record TicketMessage
{
    /// <summary>Creates a message.</summary>
    /// <param name="authorRole">Who wrote it.</param>
    /// <param name="sentAt">When it was sent.</param>
    /// <param name="channel">The channel it arrived through.</param>
    /// <param name="text">Its body: plain text or HTML. Must not be null; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="authorRole"/> or <paramref name="channel"/> is not a defined value.</exception>
    public TicketMessage(ActorKind authorRole, Instant sentAt, Channel channel, string text)
    {
        AuthorRole = Guard.Defined(authorRole);
        SentAt = sentAt;
        Channel = Guard.Defined(channel);
        Text = Guard.NotNull(text);
    }

    /// <summary>Who wrote the message.</summary>
    public ActorKind AuthorRole { get; }

    /// <summary>When the message was sent.</summary>
    public Instant SentAt { get; }

    /// <summary>The channel the message arrived through.</summary>
    public Channel Channel { get; }

    /// <summary>The body: plain text or HTML; possibly empty.</summary>
    public string Text { get; }
}
