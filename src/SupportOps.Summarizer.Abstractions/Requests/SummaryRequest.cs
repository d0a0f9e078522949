using System.Collections.Immutable;
using SupportOps.Summarizer.Abstractions.Internal;

namespace SupportOps.Summarizer.Abstractions.Requests;

/// <summary>The ticket to summarize: subject, thread, tags, customer tier and SLA risk.</summary>
/// <remarks>
/// <para>
/// Only the last <see cref="Canonicalization.SummaryRequestCanonicalizer.MaxMessages"/> messages (by
/// send time) are read by the summarizers, and only they count towards the inputs hash.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record SummaryRequest
{
    private readonly ImmutableArray<TicketMessage> _messages = [];
    private readonly ImmutableArray<string> _tags = [];

    /// <summary>Creates a request.</summary>
    /// <param name="subject">The ticket's subject. Must not be null; may be empty.</param>
    /// <param name="messages">The thread, in any order. Must not be null and must contain no null message.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> or <paramref name="messages"/> is null, or a message is null.</exception>
    public SummaryRequest(string subject, IEnumerable<TicketMessage> messages)
    {
        Subject = Guard.NotNull(subject);
        Messages = [.. Guard.NotNull(messages)];
    }

    /// <summary>The ticket's subject; possibly empty.</summary>
    public string Subject { get; }

    /// <summary>The thread, as given.</summary>
    /// <exception cref="ArgumentNullException">A message is null.</exception>
    public ImmutableArray<TicketMessage> Messages
    {
        get => _messages;
        init => _messages = value.IsDefault ? [] : value.Any(message => message is null)
            ? throw new ArgumentNullException(nameof(Messages), "Messages must not contain null.")
            : value;
    }

    /// <summary>The ticket's tags. The default value is empty.</summary>
    /// <exception cref="ArgumentNullException">A tag is null.</exception>
    public ImmutableArray<string> Tags
    {
        get => _tags;
        init => _tags = value.IsDefault ? [] : value.Any(tag => tag is null)
            ? throw new ArgumentNullException(nameof(Tags), "Tags must not contain null.")
            : value;
    }

    /// <summary>The customer's plan. The default value is <see cref="CustomerTier.Free"/>.</summary>
    public CustomerTier CustomerTier { get; init; }

    /// <summary>The ticket's SLA risk. The default value is <see cref="SlaRisk.None"/>.</summary>
    public SlaRisk SlaRisk { get; init; }

    /// <summary>Whether two requests are equal field by field, comparing messages and tags element by element and in order.</summary>
    /// <param name="other">The other request; may be null.</param>
    /// <returns>True when every field is equal.</returns>
    /// <remarks>Requests that differ only in white space or order are not equal but have the same inputs hash.</remarks>
    public bool Equals(SummaryRequest? other) =>
        other is not null
        && Subject == other.Subject
        && Messages.AsSpan().SequenceEqual(other.Messages.AsSpan())
        && Tags.AsSpan().SequenceEqual(other.Tags.AsSpan())
        && CustomerTier == other.CustomerTier
        && SlaRisk == other.SlaRisk;

    /// <summary>A hash code consistent with <see cref="Equals(SummaryRequest?)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Subject, Messages.Length, Tags.Length, CustomerTier, SlaRisk);
}
