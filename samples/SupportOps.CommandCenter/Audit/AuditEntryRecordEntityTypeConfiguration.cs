using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupportOps.CommandCenter.Audit;

/// <summary>Maps <see cref="AuditEntryRecord"/> to the <c>AuditEntries</c> table.</summary>
/// <remarks>Paged newest first by id; the action and target filters each have an index ending in the id.</remarks>
internal sealed class AuditEntryRecordEntityTypeConfiguration : IEntityTypeConfiguration<AuditEntryRecord>
{
    public void Configure(EntityTypeBuilder<AuditEntryRecord> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Actor).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Action).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Target).HasMaxLength(300).IsRequired();
        builder.Property(a => a.Before).HasMaxLength(2000);
        builder.Property(a => a.After).HasMaxLength(2000);
        builder.HasIndex(a => new { a.Action, a.Id });
        builder.HasIndex(a => new { a.Target, a.Id });
        builder.HasIndex(a => new { a.Actor, a.Id });
        builder.HasIndex(a => a.AtTicks);
    }
}
