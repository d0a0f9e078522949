using SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Ingest;

/// <summary>A webhook request's verified source and raw body, handed from the signature handler to the endpoint.</summary>
/// <param name="Source">The source the signature was verified for.</param>
/// <param name="Body">The raw body bytes, exactly as signed.</param>
/// <param name="PayloadId">The id dead letters and the pipeline use for this delivery.</param>
public sealed record WebhookDelivery(EventSource Source, ReadOnlyMemory<byte> Body, string PayloadId);
