using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupportOps.CommandCenter.Outbox;

/// <summary>Maps <see cref="OutboxMessageRecord"/> to the <c>OutboxMessages</c> table.</summary>
internal sealed class OutboxMessageRecordEntityTypeConfiguration : IEntityTypeConfiguration<OutboxMessageRecord>
{
    public void Configure(EntityTypeBuilder<OutboxMessageRecord> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.MessageKey).HasMaxLength(300).IsRequired();
        builder.Property(m => m.Kind).HasMaxLength(32).IsRequired();
        builder.Property(m => m.Channel).HasMaxLength(16).IsRequired();
        builder.Property(m => m.Recipient).HasMaxLength(300).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(500).IsRequired();
        builder.Property(m => m.Body).IsRequired();
        builder.Property(m => m.TicketId).HasMaxLength(200);
        builder.Property(m => m.Status).HasMaxLength(16).IsRequired();
        builder.Property(m => m.ClaimToken).HasMaxLength(300);
        builder.Property(m => m.LastError).HasMaxLength(2000);

        // Idempotency: a key is enqueued (and so sent) at most once.
        builder.HasIndex(m => m.MessageKey).IsUnique();

        // The dispatcher's claim query and the operations view's filter.
        builder.HasIndex(m => new { m.Status, m.NotBeforeTicks, m.Id });
        builder.HasIndex(m => new { m.Status, m.Id });
        builder.HasIndex(m => m.ClaimToken);
    }
}
