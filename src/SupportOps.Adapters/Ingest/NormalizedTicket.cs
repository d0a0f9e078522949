using System.Collections.Immutable;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.Adapters.Ingest;

/// <summary>The timeline events one payload holds for one ticket.</summary>
public sealed record NormalizedTicket
{
    /// <summary>Gets the ticket id in the source system (a Zendesk ticket id, <c>{channel}:{thread_ts}</c>, a root Message-ID).</summary>
    public required string ExternalTicketId { get; init; }

    /// <summary>Gets the timeline ticket id, <see cref="ExternalIds.TicketId"/> of the source and external id.</summary>
    public required string TicketId { get; init; }

    /// <summary>Gets the events, each with its dedupe key, in the order the source reported them.</summary>
    public required ImmutableArray<NewEvent> Events { get; init; }
}
