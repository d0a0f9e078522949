using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupportOps.CommandCenter.Background;

/// <summary>Maps <see cref="ReconciliationRunRecord"/> to the <c>ReconciliationRuns</c> table.</summary>
internal sealed class ReconciliationRunRecordEntityTypeConfiguration : IEntityTypeConfiguration<ReconciliationRunRecord>
{
    public void Configure(EntityTypeBuilder<ReconciliationRunRecord> builder)
    {
        builder.ToTable("ReconciliationRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Instance).HasMaxLength(200).IsRequired();
        builder.Property(r => r.DriftedTicketIds).IsRequired();
        builder.HasIndex(r => r.StartedAtTicks);
    }
}
