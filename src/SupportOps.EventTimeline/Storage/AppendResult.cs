using System.Collections.Immutable;
using SupportOps.EventTimeline.Events;

namespace SupportOps.EventTimeline.Storage;

/// <summary>What an append did: which events were appended and which were duplicates of stored ones.</summary>
public sealed record AppendResult
{
    /// <summary>Gets the ticket whose stream was appended to.</summary>
    public required string TicketId { get; init; }

    /// <summary>Gets the stream version after the append (unchanged when every event was a duplicate).</summary>
    public required long Version { get; init; }

    /// <summary>
    /// Gets one stored envelope per requested event, in request order: the new envelope for an appended
    /// event, the previously stored envelope for a duplicate.
    /// </summary>
    public required ImmutableArray<EventEnvelope> Events { get; init; }

    /// <summary>Gets the envelopes that this append added to the stream, in version order.</summary>
    public required ImmutableArray<EventEnvelope> Appended { get; init; }

    /// <summary>Gets the stored envelopes that requested events duplicated (same dedupe key), in request order.</summary>
    public required ImmutableArray<EventEnvelope> Duplicates { get; init; }

    /// <summary>Gets a value indicating whether nothing was appended because every event was a duplicate.</summary>
    public bool IsDuplicateOnly => Appended.IsDefaultOrEmpty;
}
