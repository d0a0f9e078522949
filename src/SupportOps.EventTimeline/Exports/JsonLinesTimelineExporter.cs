using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Serialization;

namespace SupportOps.EventTimeline.Exports;

/// <summary>Exports events as JSON Lines, one envelope per line (see <see cref="TimelineJson"/>).</summary>
/// <remarks><para>This type is thread-safe.</para></remarks>
public sealed class JsonLinesTimelineExporter : ITimelineExporter
{
    /// <inheritdoc />
    public TimelineExportFormat Format => TimelineExportFormat.JsonLines;

    /// <inheritdoc />
    public Task WriteAsync(TextWriter writer, IEnumerable<EventEnvelope> events, CancellationToken cancellationToken = default)
        => TimelineJson.WriteJsonLinesAsync(writer, events, cancellationToken);
}
