namespace SupportOps.CommandCenter.Background;

/// <summary>A reconciliation run as the operations API shows it.</summary>
/// <param name="Id">The id.</param>
/// <param name="Instance">The instance that ran it.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="FinishedAt">When it finished, or null.</param>
/// <param name="TicketsChecked">Tickets checked.</param>
/// <param name="Drifted">Snapshots that differed from their rebuild (repaired).</param>
/// <param name="Missing">Tickets that had no snapshot (created).</param>
/// <param name="DriftedTicketIds">The drifted or missing tickets (at most 100).</param>
public sealed record ReconciliationRunView(long Id, string Instance, string StartedAt, string? FinishedAt, int TicketsChecked, int Drifted, int Missing, IReadOnlyList<string> DriftedTicketIds);
