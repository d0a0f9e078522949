using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Ports;
using SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Ingest;

/// <summary>
/// A normalizer that answers the one payload the webhook endpoint already normalized (to decide between 400 and
/// ingest) with that result instead of parsing it again; any other payload goes to the source's normalizer.
/// </summary>
/// <param name="inner">The source's normalizer.</param>
/// <param name="payload">The payload already normalized.</param>
/// <param name="result">Its normalization.</param>
internal sealed class NormalizedPayload(ITicketNormalizer inner, SourcePayload payload, NormalizationResult result) : ITicketNormalizer
{
    public EventSource Source => inner.Source;

    public NormalizationResult Normalize(SourcePayload candidate)
        => ReferenceEquals(candidate, payload) ? result : inner.Normalize(candidate);
}
