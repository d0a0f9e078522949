using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupportOps.CommandCenter.Settings;

/// <summary>Maps <see cref="SettingsVersionRecord"/> to the <c>SettingsVersions</c> table.</summary>
/// <remarks>The unique (kind, version) index makes two concurrent saves of the same kind clash instead of both winning.</remarks>
internal sealed class SettingsVersionRecordEntityTypeConfiguration : IEntityTypeConfiguration<SettingsVersionRecord>
{
    public void Configure(EntityTypeBuilder<SettingsVersionRecord> builder)
    {
        builder.ToTable("SettingsVersions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Kind).HasMaxLength(32).IsRequired();
        builder.Property(s => s.Document).IsRequired();
        builder.Property(s => s.SavedBy).HasMaxLength(200).IsRequired();
        builder.HasIndex(s => new { s.Kind, s.Version }).IsUnique();
    }
}
