namespace SupportOps.CommandCenter.Ingest;

/// <summary>One ingest run over one source: a row of the <c>IngestRuns</c> table.</summary>
/// <remarks>Written when the run starts (<see cref="FinishedAtTicks"/> null) and completed when it ends, so a run that died shows as never finished.</remarks>
public sealed class IngestRunRecord
{
    /// <summary>Gets or sets the surrogate key (start order).</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the source wire name.</summary>
    public required string Source { get; set; }

    /// <summary>Gets or sets how the run was started (<see cref="IngestTriggers"/>).</summary>
    public required string Trigger { get; set; }

    /// <summary>Gets or sets the instance that ran it.</summary>
    public required string Instance { get; set; }

    /// <summary>Gets or sets when it started, as Unix ticks.</summary>
    public long StartedAtTicks { get; set; }

    /// <summary>Gets or sets when it finished, as Unix ticks, or null while running (or if it died).</summary>
    public long? FinishedAtTicks { get; set; }

    /// <summary>Gets or sets the pages read.</summary>
    public int Pages { get; set; }

    /// <summary>Gets or sets the tickets that got new events.</summary>
    public int TicketsUpserted { get; set; }

    /// <summary>Gets or sets the events appended.</summary>
    public int EventsAppended { get; set; }

    /// <summary>Gets or sets the events skipped because their dedupe key was already stored.</summary>
    public int Duplicates { get; set; }

    /// <summary>Gets or sets the state changes skipped as superseded by a newer one.</summary>
    public int Superseded { get; set; }

    /// <summary>Gets or sets the payloads dead-lettered.</summary>
    public int DeadLettered { get; set; }

    /// <summary>Gets or sets the items ignored by design (bot messages, bounces, …).</summary>
    public int Ignored { get; set; }

    /// <summary>Gets or sets the errors (a source or store failure ends the run with one).</summary>
    public int Errors { get; set; }

    /// <summary>Gets or sets the last error, or null.</summary>
    public string? LastError { get; set; }
}
