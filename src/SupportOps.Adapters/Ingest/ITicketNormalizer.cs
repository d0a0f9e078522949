using SupportOps.Adapters.Ports;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Ingest;

/// <summary>Turns one source's raw payloads into timeline events.</summary>
/// <remarks>
/// <para>
/// A normalizer never throws for bad input: a payload (or an item inside it) that fails validation
/// is returned as a <see cref="PayloadRejection"/> with a reason, and the rest of the payload is
/// still normalized. Payloads that are valid but carry nothing for the timeline (a Slack
/// <c>url_verification</c>, a bot message, a bounce) are counted in
/// <see cref="NormalizationResult.Ignored"/>.
/// </para>
/// <para>
/// Every event gets a dedupe key built with <see cref="ExternalIds.DedupeKey"/>, so normalizing the same
/// payload twice yields the same keys. Implementations must be thread-safe.
/// </para>
/// </remarks>
public interface ITicketNormalizer
{
    /// <summary>Gets which system's payloads this normalizer understands.</summary>
    EventSource Source { get; }

    /// <summary>Normalizes one payload.</summary>
    /// <param name="payload">The payload. Must not be null.</param>
    /// <returns>The tickets and events found, the rejected items and the ignored count.</returns>
    NormalizationResult Normalize(SourcePayload payload);
}
