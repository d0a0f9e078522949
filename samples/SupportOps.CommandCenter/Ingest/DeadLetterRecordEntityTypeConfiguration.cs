using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupportOps.CommandCenter.Ingest;

/// <summary>Maps <see cref="DeadLetterRecord"/> to the <c>DeadLetters</c> table.</summary>
internal sealed class DeadLetterRecordEntityTypeConfiguration : IEntityTypeConfiguration<DeadLetterRecord>
{
    public void Configure(EntityTypeBuilder<DeadLetterRecord> builder)
    {
        builder.ToTable("DeadLetters");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.KeyHash).HasMaxLength(64).IsRequired();
        builder.Property(d => d.Source).HasMaxLength(16).IsRequired();
        builder.Property(d => d.Trigger).HasMaxLength(16).IsRequired();
        builder.Property(d => d.PayloadId).HasMaxLength(1000).IsRequired();
        builder.Property(d => d.Reason).HasMaxLength(2000).IsRequired();
        builder.Property(d => d.Fingerprint).HasMaxLength(64).IsRequired();
        builder.Property(d => d.Payload).IsRequired();
        builder.HasIndex(d => d.KeyHash).IsUnique();
        builder.HasIndex(d => new { d.Source, d.Id });
        builder.HasIndex(d => d.DeadLetteredAtTicks);
    }
}
