using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Ingest;

/// <summary>What one ingest run did for one source.</summary>
/// <remarks>
/// <para>
/// A run is <see cref="Completed"/> when every page was handled and acknowledged. When it stops
/// early (<see cref="Errors"/> &gt; 0), the cursor stays at the last page that was fully appended,
/// so the next run repeats the failed page and loses nothing.
/// </para>
/// </remarks>
public sealed record SourceIngestResult
{
    /// <summary>Gets the source.</summary>
    public required EventSource Source { get; init; }

    /// <summary>Gets how many pages were read.</summary>
    public int PagesRead { get; init; }

    /// <summary>Gets how many tickets received at least one new event.</summary>
    public int TicketsUpserted { get; init; }

    /// <summary>Gets how many events were appended to the timeline.</summary>
    public int EventsAppended { get; init; }

    /// <summary>Gets how many events were already in the timeline (same dedupe key) and were skipped.</summary>
    public int DuplicatesSkipped { get; init; }

    /// <summary>
    /// Gets how many state changes were skipped because the timeline already holds the same value or a
    /// later change of the same field (a snapshot delivered late or out of order).
    /// </summary>
    public int SupersededSkipped { get; init; }

    /// <summary>Gets how many payloads or items were dead-lettered.</summary>
    public int DeadLettered { get; init; }

    /// <summary>Gets how many valid items carried nothing for the timeline.</summary>
    public int Ignored { get; init; }

    /// <summary>Gets how many failures stopped the run (store unavailable, source failure).</summary>
    public int Errors { get; init; }

    /// <summary>Gets the last failure, when <see cref="Errors"/> is not zero.</summary>
    public string? LastError { get; init; }

    /// <summary>Gets whether every page was handled and acknowledged.</summary>
    public bool Completed => Errors == 0;
}
