namespace SupportOps.CommandCenter.Background;

/// <summary>One reconciliation of the ticket snapshots against the events: a row of the <c>ReconciliationRuns</c> table.</summary>
public sealed class ReconciliationRunRecord
{
    /// <summary>The most drifted ticket ids a run keeps.</summary>
    public const int MaxListedTickets = 100;

    /// <summary>Gets or sets the surrogate key (start order).</summary>
    public long Id { get; set; }

    /// <summary>Gets or sets the instance that ran it.</summary>
    public required string Instance { get; set; }

    /// <summary>Gets or sets when it started, as Unix ticks.</summary>
    public long StartedAtTicks { get; set; }

    /// <summary>Gets or sets when it finished, as Unix ticks, or null while running (or if it died).</summary>
    public long? FinishedAtTicks { get; set; }

    /// <summary>Gets or sets the tickets checked.</summary>
    public int TicketsChecked { get; set; }

    /// <summary>Gets or sets the snapshots that differed from their rebuild (and were repaired).</summary>
    public int Drifted { get; set; }

    /// <summary>Gets or sets the tickets with events but no snapshot (created by the repair).</summary>
    public int Missing { get; set; }

    /// <summary>Gets or sets the ids of the drifted or missing tickets, comma-separated, the first <see cref="MaxListedTickets"/>.</summary>
    public required string DriftedTicketIds { get; set; }
}
