using System.Collections.Immutable;
using SupportOps.EventTimeline.Internal;

namespace SupportOps.EventTimeline.Events;

/// <summary>A ticket was opened (<c>ticket_created</c>, schema version 2).</summary>
/// <remarks>
/// <para>Schema version 1 carried a single optional <c>tag</c> string and no <c>tier</c>; it is
/// upcast on read to <see cref="Tags"/> with that one tag and <see cref="Tier"/> =
/// <see cref="CustomerTier.Standard"/>.</para>
/// </remarks>
public sealed record TicketCreated : TicketEvent
{
    private readonly ImmutableArray<string> _tags = [];

    /// <summary>Creates the event; set its members with an object initializer.</summary>
    public TicketCreated()
        : base(TicketEventKind.TicketCreated)
    {
    }

    /// <summary>Gets the subject line.</summary>
    public required string Subject { get; init; }

    /// <summary>Gets how the customer reached support.</summary>
    public required Channel Channel { get; init; }

    /// <summary>Gets the initial priority.</summary>
    public required Priority Priority { get; init; }

    /// <summary>Gets the requesting customer's tier.</summary>
    public required CustomerTier Tier { get; init; }

    /// <summary>Gets the requesting customer's id.</summary>
    public required string RequesterId { get; init; }

    /// <summary>Gets the initial tags. The default is empty.</summary>
    public ImmutableArray<string> Tags { get => _tags; init => _tags = Sequences.OrEmpty(value); }

    /// <summary>Gets the initial queue, when the ticket starts in one.</summary>
    public string? Queue { get; init; }

    /// <inheritdoc />
    public bool Equals(TicketCreated? other)
        => other is not null
           && Subject == other.Subject && Channel == other.Channel && Priority == other.Priority && Tier == other.Tier
           && RequesterId == other.RequesterId && Queue == other.Queue && Sequences.Equal(Tags, other.Tags);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Subject, Channel, Priority, Tier, RequesterId, Queue, Sequences.Hash(Tags));
}
