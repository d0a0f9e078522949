using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupportOps.CommandCenter.Inbox;

/// <summary>Maps <see cref="SavedViewRecord"/> to the <c>SavedViews</c> table; a name is unique per owner.</summary>
internal sealed class SavedViewRecordEntityTypeConfiguration : IEntityTypeConfiguration<SavedViewRecord>
{
    public void Configure(EntityTypeBuilder<SavedViewRecord> builder)
    {
        builder.ToTable("SavedViews");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Owner).HasMaxLength(200);
        builder.Property(v => v.Name).HasMaxLength(SavedViewValidator.MaxNameLength);
        builder.Property(v => v.FilterJson).HasMaxLength(8000);
        builder.Property(v => v.Sort).HasMaxLength(16);
        builder.HasIndex(v => new { v.Owner, v.Name }).IsUnique();
    }
}
