using Microsoft.EntityFrameworkCore;

namespace SupportOps.CommandCenter.Infrastructure.Providers;

/// <summary>
/// Writes the SLA and risk columns of refreshed ticket snapshots without EF change tracking, each row only if it is
/// still the one that was read, and says which rows were written: the provider-specific fast path of
/// <see cref="SnapshotRefresher"/>.
/// </summary>
/// <remarks>
/// <para>Each row is a compare-and-set: it is replaced only where the stored <see cref="TicketSnapshotRecord.Version"/>
/// and <see cref="TicketSnapshotRecord.EvaluatedAtTicks"/> are still the ones read (the same concurrency rule as the
/// entity's concurrency tokens), so a snapshot an append rewrote meanwhile keeps the append's values. The columns
/// written are <see cref="Columns"/>; nothing else of the row changes.</para>
/// </remarks>
internal interface ISnapshotRefreshWriter
{
    /// <summary>The columns (entity property names) a refresh writes.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        nameof(TicketSnapshotRecord.DueSortKey),
        nameof(TicketSnapshotRecord.SlaTimerKind),
        nameof(TicketSnapshotRecord.IsBreached),
        nameof(TicketSnapshotRecord.EverBreached),
        nameof(TicketSnapshotRecord.RiskScore),
        nameof(TicketSnapshotRecord.RiskBand),
        nameof(TicketSnapshotRecord.RiskReasons),
        nameof(TicketSnapshotRecord.EvaluatedAtTicks),
        nameof(TicketSnapshotRecord.SlaState),
    ];

    /// <summary>Writes the rows inside the context's open transaction.</summary>
    /// <param name="db">The context; a transaction must be open on it.</param>
    /// <param name="rows">The new values of each row, with the evaluation instant that was read (the version is unchanged).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>For each row, in order, whether it was written (false: the stored row had changed since it was read).</returns>
    /// <exception cref="InvalidOperationException">No transaction is open.</exception>
    Task<bool[]> UpdateAsync(DbContext db, IReadOnlyList<(TicketSnapshotRecord Row, long ReadEvaluatedAtTicks)> rows, CancellationToken cancellationToken);
}
