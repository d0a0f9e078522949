using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupportOps.CommandCenter.Agents;

/// <summary>Maps <see cref="AgentRecord"/> to the <c>Agents</c> table.</summary>
internal sealed class AgentRecordEntityTypeConfiguration : IEntityTypeConfiguration<AgentRecord>
{
    public void Configure(EntityTypeBuilder<AgentRecord> builder)
    {
        builder.ToTable("Agents");
        builder.HasKey(a => a.AgentId);
        builder.Property(a => a.AgentId).HasMaxLength(200);
        builder.Property(a => a.DisplayName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Team).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Skills).HasMaxLength(1000).IsRequired();
        builder.Property(a => a.Status).HasMaxLength(16).IsRequired();
        builder.Property(a => a.ChannelCapacity).HasMaxLength(500).IsRequired();
        builder.Property(a => a.TimeZone).HasMaxLength(100).IsRequired();
        builder.Property(a => a.ShiftDays).HasMaxLength(32).IsRequired();
        builder.HasIndex(a => a.Team);
    }
}
