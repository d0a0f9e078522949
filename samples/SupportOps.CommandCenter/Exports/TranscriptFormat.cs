namespace SupportOps.CommandCenter.Exports;

/// <summary>The formats of a ticket transcript export.</summary>
internal enum TranscriptFormat
{
    /// <summary>A readable Markdown transcript (EventTimeline's <c>MarkdownTranscriptExporter</c>).</summary>
    Markdown,

    /// <summary>A JSON document: the ticket id, its version and every event envelope as TimelineJson.</summary>
    Json,

    /// <summary>One CSV row per event (EventTimeline's <c>CsvTimelineExporter</c>).</summary>
    Csv,
}
