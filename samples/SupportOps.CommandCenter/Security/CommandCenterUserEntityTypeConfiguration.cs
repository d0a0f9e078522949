using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SupportOps.CommandCenter.Security;

/// <summary>
/// Maps the command center's additions to the Identity user, and stores the lockout end as Unix ticks
/// (as every instant in this database) so SQLite and PostgreSQL store and compare it alike.
/// </summary>
internal sealed class CommandCenterUserEntityTypeConfiguration : IEntityTypeConfiguration<CommandCenterUser>
{
    public void Configure(EntityTypeBuilder<CommandCenterUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(CommandCenterUser.MaxDisplayNameLength).IsRequired();
        builder.Property(u => u.LockoutEnd)
            .HasColumnName("LockoutEndTicks")
            .HasConversion(
                end => end.HasValue ? end.Value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks : (long?)null,
                ticks => ticks.HasValue ? DateTimeOffset.UnixEpoch.AddTicks(ticks.Value) : null);
    }
}
