using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.Infrastructure;

/// <summary>The command center's database: the event timeline (source of truth), the ticket snapshots, and the Identity users and roles.</summary>
/// <remarks>
/// <para>Provider-neutral: no provider-specific column types or SQL, instants as Unix ticks, enums as
/// text. The provider is chosen in <c>AddApplicationServices</c> from configuration; each provider
/// keeps its own migrations (SQLite's are in <c>Infrastructure/Migrations/Sqlite</c>).</para>
/// <para>This type is also the SQLite context: its migrations are attributed to it. PostgreSQL uses the
/// derived <see cref="Providers.PostgreSqlCommandCenterDbContext"/>, whose migrations are in
/// <c>Infrastructure/Migrations/PostgreSql</c>; inject <see cref="CommandCenterDbContext"/> either way.</para>
/// </remarks>
/// <param name="options">The context options.</param>
public sealed class CommandCenterDbContext(DbContextOptions<CommandCenterDbContext> options) : IdentityDbContext<CommandCenterUser>(options)
public class CommandCenterDbContext : DbContext
{
    /// <summary>Initializes a new instance of the <see cref="CommandCenterDbContext"/> class.</summary>
    /// <param name="options">The context options.</param>
    public CommandCenterDbContext(DbContextOptions<CommandCenterDbContext> options)
        : base(options)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CommandCenterDbContext"/> class for a provider-specific derived context.</summary>
    /// <param name="options">The derived context's options.</param>
    protected CommandCenterDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Gets the stored timeline events.</summary>
    public DbSet<EventRecord> Events => Set<EventRecord>();

    /// <summary>Gets the ticket snapshots.</summary>
    public DbSet<TicketSnapshotRecord> TicketSnapshots => Set<TicketSnapshotRecord>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CommandCenterDbContext).Assembly);
    }
}
