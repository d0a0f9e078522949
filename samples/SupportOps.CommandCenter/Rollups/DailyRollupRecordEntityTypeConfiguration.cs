using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupportOps.CommandCenter.Rollups;

/// <summary>Maps <see cref="DailyRollupRecord"/> to the <c>DailyRollups</c> table.</summary>
internal sealed class DailyRollupRecordEntityTypeConfiguration : IEntityTypeConfiguration<DailyRollupRecord>
{
    public void Configure(EntityTypeBuilder<DailyRollupRecord> builder)
    {
        builder.ToTable("DailyRollups");
        builder.HasKey(r => new { r.Day, r.Queue, r.Channel, r.Priority, r.Agent });
        builder.Property(r => r.Queue).HasMaxLength(200);
        builder.Property(r => r.Channel).HasMaxLength(32);
        builder.Property(r => r.Priority).HasMaxLength(8);
        builder.Property(r => r.Agent).HasMaxLength(200);
        builder.Property(r => r.Revision).IsConcurrencyToken();

        // Dashboards filter a day range, optionally by one dimension.
        builder.HasIndex(r => new { r.Queue, r.Day });
        builder.HasIndex(r => new { r.Agent, r.Day });
    }
}
