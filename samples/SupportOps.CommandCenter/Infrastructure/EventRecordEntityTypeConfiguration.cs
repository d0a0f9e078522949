using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupportOps.CommandCenter.Infrastructure;

/// <summary>Maps <see cref="EventRecord"/> to the <c>Events</c> table.</summary>
internal sealed class EventRecordEntityTypeConfiguration : IEntityTypeConfiguration<EventRecord>
{
    public void Configure(EntityTypeBuilder<EventRecord> builder)
    {
        builder.ToTable("Events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.TicketId).HasMaxLength(200).IsRequired();
        builder.Property(e => e.EventId).HasMaxLength(300).IsRequired();
        builder.Property(e => e.DedupeKey).HasMaxLength(500).IsRequired();
        builder.Property(e => e.EventType).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Payload).IsRequired();

        // Optimistic concurrency: two appends that read the same version clash here.
        builder.HasIndex(e => new { e.TicketId, e.Version }).IsUnique();

        // Idempotency: a dedupe key is written at most once per stream.
        builder.HasIndex(e => new { e.TicketId, e.DedupeKey }).IsUnique();

        builder.HasIndex(e => e.OccurredAtTicks);
        builder.HasIndex(e => e.RecordedAtTicks);
    }
}
