using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupportOps.CommandCenter.Summaries;

/// <summary>Maps <see cref="TicketSummaryRecord"/> to the <c>TicketSummaries</c> table.</summary>
internal sealed class TicketSummaryRecordEntityTypeConfiguration : IEntityTypeConfiguration<TicketSummaryRecord>
{
    public void Configure(EntityTypeBuilder<TicketSummaryRecord> builder)
    {
        builder.ToTable("TicketSummaries");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.TicketId).HasMaxLength(200).IsRequired();
        builder.Property(s => s.InputsHash).HasMaxLength(64).IsRequired();
        builder.Property(s => s.Provider).HasMaxLength(100).IsRequired();
        builder.Property(s => s.Model).HasMaxLength(200).IsRequired();
        builder.Property(s => s.FallbackReason).HasMaxLength(32);
        builder.Property(s => s.Text).IsRequired();
        builder.Property(s => s.Document).IsRequired();

        // Version numbers are unique per ticket: two concurrent regenerations cannot both write n+1.
        builder.HasIndex(s => new { s.TicketId, s.Number }).IsUnique();
    }
}
