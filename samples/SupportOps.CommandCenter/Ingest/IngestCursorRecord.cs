namespace SupportOps.CommandCenter.Ingest;

/// <summary>The last durably ingested cursor of one source: a row of the <c>IngestCursors</c> table.</summary>
public sealed class IngestCursorRecord
{
    /// <summary>Gets or sets the source wire name (primary key).</summary>
    public required string Source { get; set; }

    /// <summary>Gets or sets the cursor value.</summary>
    public required string Cursor { get; set; }

    /// <summary>Gets or sets when it was saved, as Unix ticks.</summary>
    public long UpdatedAtTicks { get; set; }
}
