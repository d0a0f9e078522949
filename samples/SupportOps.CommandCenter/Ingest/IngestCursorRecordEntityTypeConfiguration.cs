using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupportOps.CommandCenter.Ingest;

/// <summary>Maps <see cref="IngestCursorRecord"/> to the <c>IngestCursors</c> table.</summary>
internal sealed class IngestCursorRecordEntityTypeConfiguration : IEntityTypeConfiguration<IngestCursorRecord>
{
    public void Configure(EntityTypeBuilder<IngestCursorRecord> builder)
    {
        builder.ToTable("IngestCursors");
        builder.HasKey(c => c.Source);
        builder.Property(c => c.Source).HasMaxLength(16);
        builder.Property(c => c.Cursor).HasMaxLength(2000).IsRequired();
    }
}
