using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupportOps.CommandCenter.Rollups;

/// <summary>Maps <see cref="RollupFactRecord"/> to the <c>RollupFacts</c> table.</summary>
internal sealed class RollupFactRecordEntityTypeConfiguration : IEntityTypeConfiguration<RollupFactRecord>
{
    public void Configure(EntityTypeBuilder<RollupFactRecord> builder)
    {
        builder.ToTable("RollupFacts");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.TicketId).HasMaxLength(200).IsRequired();
        builder.Property(f => f.Metric).HasMaxLength(32).IsRequired();
        builder.Property(f => f.Timer).HasMaxLength(32).IsRequired();
        builder.Property(f => f.Queue).HasMaxLength(200).IsRequired();
        builder.Property(f => f.Channel).HasMaxLength(32).IsRequired();
        builder.Property(f => f.Priority).HasMaxLength(8).IsRequired();
        builder.Property(f => f.Agent).HasMaxLength(200).IsRequired();

        // The projection replaces one ticket's facts; the drilldown filters a metric over a day range.
        builder.HasIndex(f => f.TicketId);
        builder.HasIndex(f => new { f.Metric, f.Day });
    }
}
