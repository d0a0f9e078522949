using SupportOps.Adapters.Ports;
using SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Ingest;

/// <summary>
/// A one-page <see cref="ITicketSource"/> over a payload a webhook delivered, so pushed payloads go
/// through the same <c>IngestPipeline</c> (dead letters, dedupe, superseded changes) as polled ones.
/// It has no cursor: a webhook delivery never moves the poll cursor of its source.
/// </summary>
/// <param name="source">The source the payload came from.</param>
/// <param name="payload">The payload.</param>
internal sealed class SinglePayloadSource(EventSource source, SourcePayload payload) : ITicketSource
{
    public EventSource Source { get; } = source;

    public ValueTask<AdapterHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
        => ValueTask.FromResult(AdapterHealth.Healthy("webhook delivery"));

    public ValueTask<ChangePage> ListChangesAsync(SourceCursor? after, CancellationToken cancellationToken = default)
        => ValueTask.FromResult(new ChangePage { Payloads = [payload], Cursor = null, HasMore = false });

    public ValueTask<IReadOnlyList<SourcePayload>> FetchTicketAsync(string externalTicketId, CancellationToken cancellationToken = default)
        => ValueTask.FromResult<IReadOnlyList<SourcePayload>>(payload.ExternalTicketId == externalTicketId ? [payload] : []);

    public ValueTask AckAsync(SourceCursor cursor, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
