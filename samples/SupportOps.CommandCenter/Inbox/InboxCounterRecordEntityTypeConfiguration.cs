using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupportOps.CommandCenter.Inbox;

/// <summary>Maps <see cref="InboxCounterRecord"/> to the <c>InboxCounters</c> table, keyed by all its dimensions.</summary>
internal sealed class InboxCounterRecordEntityTypeConfiguration : IEntityTypeConfiguration<InboxCounterRecord>
{
    public void Configure(EntityTypeBuilder<InboxCounterRecord> builder)
    {
        builder.ToTable("InboxCounters");
        builder.HasKey(c => new { c.Queue, c.Status, c.Priority, c.Channel, c.RiskBand, c.IsBreached, c.Assignee });
        builder.Property(c => c.Queue).HasMaxLength(200);
        builder.Property(c => c.Status).HasMaxLength(32);
        builder.Property(c => c.Priority).HasMaxLength(8);
        builder.Property(c => c.Channel).HasMaxLength(16);
        builder.Property(c => c.RiskBand).HasMaxLength(16);
        builder.Property(c => c.Assignee).HasMaxLength(200);
        builder.HasIndex(c => c.Assignee);
    }
}
