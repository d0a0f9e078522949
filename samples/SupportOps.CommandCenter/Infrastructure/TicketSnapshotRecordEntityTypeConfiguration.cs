using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupportOps.CommandCenter.Infrastructure;

/// <summary>Maps <see cref="TicketSnapshotRecord"/> to the <c>TicketSnapshots</c> table.</summary>
/// <remarks>Each inbox sort has an index ending in the ticket id, the keyset tie-breaker.</remarks>
internal sealed class TicketSnapshotRecordEntityTypeConfiguration : IEntityTypeConfiguration<TicketSnapshotRecord>
{
    public void Configure(EntityTypeBuilder<TicketSnapshotRecord> builder)
    {
        builder.ToTable("TicketSnapshots");
        builder.HasKey(t => t.TicketId);
        builder.Property(t => t.TicketId).HasMaxLength(200);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Property(t => t.Subject).HasMaxLength(500);
        builder.Property(t => t.Status).HasMaxLength(32);
        builder.Property(t => t.Priority).HasMaxLength(8);
        builder.Property(t => t.Channel).HasMaxLength(16);
        builder.Property(t => t.Tier).HasMaxLength(16);
        builder.Property(t => t.Assignee).HasMaxLength(200);
        builder.Property(t => t.Queue).HasMaxLength(200);
        builder.Property(t => t.SlaTimerKind).HasMaxLength(32);
        builder.Property(t => t.RiskBand).HasMaxLength(16);
        builder.Property(t => t.RiskReasons).HasMaxLength(400);
        builder.Property(t => t.SlaState).HasMaxLength(2000);

        builder.HasIndex(t => new { t.RiskScore, t.TicketId });
        builder.HasIndex(t => new { t.DueSortKey, t.TicketId });
        builder.HasIndex(t => new { t.CreatedAtTicks, t.TicketId });
        builder.HasIndex(t => new { t.Status, t.DueSortKey });
        builder.HasIndex(t => new { t.IsBreached, t.DueSortKey });
        builder.HasIndex(t => t.Queue);
        builder.HasIndex(t => t.Assignee);
        builder.HasIndex(t => t.RiskBand);

        // The risk and created sorts are descending with an ascending ticket id tie-breaker: the index must say
        // so, or SQLite sorts every matching row instead of reading the first page off the index.
        builder.HasIndex(t => new { t.RiskScore, t.TicketId }).IsDescending(true, false);
        builder.HasIndex(t => new { t.CreatedAtTicks, t.TicketId }).IsDescending(true, false);

        // The inbox's default risk sort under its most used filters (open work, breached, a queue, an agent's own
        // tickets): the first page is the first rows of one index range. With only single-column indexes SQLite
        // reads and sorts every matching row (hundreds of milliseconds at 100,000 tickets).
        builder.HasIndex(t => new { t.IsBreached, t.RiskScore, t.TicketId }).IsDescending(false, true, false);
        builder.HasIndex(t => new { t.Queue, t.RiskScore, t.TicketId }).IsDescending(false, true, false);
        builder.HasIndex(t => new { t.Assignee, t.RiskScore, t.TicketId }).IsDescending(false, true, false);

        // The inbox (docs/command-center/inbox.md): the triage and longest-waiting sorts, search.
        builder.Property(t => t.RequesterId).HasMaxLength(200);
        builder.Property(t => t.SearchText).HasMaxLength(1000);
        builder.HasIndex(t => new { t.IsBreached, t.DueSortKey, t.Priority, t.TicketId }).IsDescending(true, false, false, false);
        builder.HasIndex(t => new { t.WaitingSinceTicks, t.TicketId });

        // The inbox's commonest filter-and-sort pairs (one status, one queue, one assignee) read their
        // first page straight from an index instead of sorting every matching row.
        builder.HasIndex(t => new { t.Status, t.IsBreached, t.DueSortKey, t.Priority, t.TicketId }, "IX_TicketSnapshots_Status_Triage").IsDescending(false, true, false, false, false);
        builder.HasIndex(t => new { t.Status, t.RiskScore, t.TicketId }, "IX_TicketSnapshots_Status_Risk").IsDescending(false, true, false);
        builder.HasIndex(t => new { t.Queue, t.IsBreached, t.DueSortKey, t.Priority, t.TicketId }, "IX_TicketSnapshots_Queue_Triage").IsDescending(false, true, false, false, false);
        builder.HasIndex(t => new { t.Assignee, t.IsBreached, t.DueSortKey, t.Priority, t.TicketId }, "IX_TicketSnapshots_Assignee_Triage").IsDescending(false, true, false, false, false);

        // A refresh changes a snapshot without changing its version; an append that read the snapshot
        // before the refresh committed must fail and retry, so its (previous, current) counter deltas
        // start from what the refresh wrote.
        builder.Property(t => t.EvaluatedAtTicks).IsConcurrencyToken();
    }
}
