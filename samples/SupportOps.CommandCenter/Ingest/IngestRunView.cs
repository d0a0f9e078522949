namespace SupportOps.CommandCenter.Ingest;

/// <summary>An ingest run as the operations API shows it.</summary>
/// <param name="Id">The run id.</param>
/// <param name="Source">The source.</param>
/// <param name="Trigger">How it started.</param>
/// <param name="Instance">The instance that ran it.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="FinishedAt">When it finished, or null (running, or died).</param>
/// <param name="Pages">Pages read.</param>
/// <param name="TicketsUpserted">Tickets that got new events.</param>
/// <param name="EventsAppended">Events stored.</param>
/// <param name="Duplicates">Events skipped as already stored.</param>
/// <param name="Superseded">State changes skipped as superseded.</param>
/// <param name="DeadLettered">Payloads dead-lettered.</param>
/// <param name="Ignored">Items ignored by design.</param>
/// <param name="Errors">Errors.</param>
/// <param name="LastError">The last error, or null.</param>
public sealed record IngestRunView(
    long Id, string Source, string Trigger, string Instance, string StartedAt, string? FinishedAt, int Pages, int TicketsUpserted,
    int EventsAppended, int Duplicates, int Superseded, int DeadLettered, int Ignored, int Errors, string? LastError);
