using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupportOps.CommandCenter.Ingest;

/// <summary>Maps <see cref="IngestRunRecord"/> to the <c>IngestRuns</c> table.</summary>
internal sealed class IngestRunRecordEntityTypeConfiguration : IEntityTypeConfiguration<IngestRunRecord>
{
    public void Configure(EntityTypeBuilder<IngestRunRecord> builder)
    {
        builder.ToTable("IngestRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Source).HasMaxLength(16).IsRequired();
        builder.Property(r => r.Trigger).HasMaxLength(16).IsRequired();
        builder.Property(r => r.Instance).HasMaxLength(200).IsRequired();
        builder.Property(r => r.LastError).HasMaxLength(2000);
        builder.HasIndex(r => new { r.Source, r.Id });
    }
}
