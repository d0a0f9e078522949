using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupportOps.CommandCenter.Routing;

/// <summary>Maps <see cref="RoutingDecisionRecord"/> to the <c>RoutingDecisions</c> table.</summary>
/// <remarks>The latest decision of a ticket is read through the (ticket, id) index.</remarks>
internal sealed class RoutingDecisionRecordEntityTypeConfiguration : IEntityTypeConfiguration<RoutingDecisionRecord>
{
    public void Configure(EntityTypeBuilder<RoutingDecisionRecord> builder)
    {
        builder.ToTable("RoutingDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.TicketId).HasMaxLength(200).IsRequired();
        builder.Property(d => d.DecisionId).HasMaxLength(400).IsRequired();
        builder.Property(d => d.PolicyVersion).HasMaxLength(100).IsRequired();
        builder.Property(d => d.InputsHash).HasMaxLength(64).IsRequired();
        builder.Property(d => d.RuleId).HasMaxLength(100);
        builder.Property(d => d.OverrideId).HasMaxLength(100);
        builder.Property(d => d.TargetKind).HasMaxLength(16).IsRequired();
        builder.Property(d => d.TargetId).HasMaxLength(200).IsRequired();
        builder.Property(d => d.Queue).HasMaxLength(200).IsRequired();
        builder.Property(d => d.AssigneeId).HasMaxLength(200);
        builder.Property(d => d.ReasonCodes).HasMaxLength(1000).IsRequired();
        builder.Property(d => d.Alternatives).IsRequired();
        builder.HasIndex(d => new { d.TicketId, d.Id });
    }
}
