using System.Collections.Immutable;
using NodaTime;

namespace SupportOps.SlaEngine.Occurrences;

/// <summary>The ticket was created; always a ticket's first occurrence, and only once.</summary>
/// <param name="At">The creation instant.</param>
/// <param name="Priority">The priority at creation.</param>
/// <param name="Tier">The customer's tier.</param>
/// <param name="Channel">The channel the ticket came in through.</param>
/// <param name="Tags">The ticket's tags, matched by policy conditions (ordinal, ignoring case).</param>
public sealed record TicketCreated(Instant At, Priority Priority, CustomerTier Tier, Channel Channel, ImmutableArray<string> Tags)
    : TicketOccurrence(At)
{
    /// <summary>Initializes a new instance with no tags.</summary>
    /// <param name="at">The creation instant.</param>
    /// <param name="priority">The priority at creation.</param>
    /// <param name="tier">The customer's tier.</param>
    /// <param name="channel">The channel the ticket came in through.</param>
    public TicketCreated(Instant at, Priority priority, CustomerTier tier, Channel channel)
        : this(at, priority, tier, channel, ImmutableArray<string>.Empty)
    {
    }
}
