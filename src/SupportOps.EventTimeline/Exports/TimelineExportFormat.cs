namespace SupportOps.EventTimeline.Exports;

/// <summary>The formats a timeline can be exported in.</summary>
public enum TimelineExportFormat
{
    /// <summary>JSON Lines: one envelope per line, readable by <see cref="Serialization.TimelineJson.ReadJsonLinesAsync"/>.</summary>
    JsonLines,

    /// <summary>CSV (RFC 4180): a header and one row per event.</summary>
    Csv,

    /// <summary>A Markdown transcript a person can read: a heading per ticket and one line per event.</summary>
    Markdown,
}
