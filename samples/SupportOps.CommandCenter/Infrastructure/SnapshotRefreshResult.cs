namespace SupportOps.CommandCenter.Infrastructure;

/// <summary>What one <see cref="SnapshotRefresher"/> run did.</summary>
/// <param name="Checked">The open snapshots read.</param>
/// <param name="Reevaluated">Those re-evaluated from their events (no usable stored SLA state: new rows, other settings).</param>
/// <param name="Written">Those written because their SLA or risk columns changed.</param>
/// <param name="Unchanged">Those not written because an evaluation at the instant gives the values they already hold.</param>
/// <param name="Conflicts">Those not written because an append replaced them after they were read.</param>
/// <param name="BreachEvents">The <c>sla_breached</c> events appended for cycles that breached since the previous evaluation.</param>
internal sealed record SnapshotRefreshResult(int Checked, int Reevaluated, int Written, int Unchanged, int Conflicts, int BreachEvents = 0)
{
    /// <summary>Gets the snapshots that hold their evaluation at the refresh instant: <see cref="Written"/> plus <see cref="Unchanged"/>.</summary>
    public int Current => Written + Unchanged;
}
