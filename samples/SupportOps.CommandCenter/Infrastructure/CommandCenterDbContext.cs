using Microsoft.EntityFrameworkCore;

namespace SupportOps.CommandCenter.Infrastructure;

/// <summary>The command center's database: the event timeline (source of truth) and the ticket snapshots.</summary>
/// <remarks>
/// <para>Provider-neutral: no provider-specific column types or SQL, instants as Unix ticks, enums as
/// text. The provider is chosen in <c>AddApplicationServices</c> from configuration; each provider
/// keeps its own migrations (SQLite's are in <c>Infrastructure/Migrations/Sqlite</c>).</para>
/// </remarks>
/// <param name="options">The context options.</param>
public sealed class CommandCenterDbContext(DbContextOptions<CommandCenterDbContext> options) : DbContext(options)
{
    /// <summary>Gets the stored timeline events.</summary>
    public DbSet<EventRecord> Events => Set<EventRecord>();

    /// <summary>Gets the ticket snapshots.</summary>
    public DbSet<TicketSnapshotRecord> TicketSnapshots => Set<TicketSnapshotRecord>();

    /// <summary>Gets the support agents (skills, capacity, shifts, teams).</summary>
    public DbSet<Agents.AgentRecord> Agents => Set<Agents.AgentRecord>();

    /// <summary>Gets the audit log.</summary>
    public DbSet<Audit.AuditEntryRecord> AuditEntries => Set<Audit.AuditEntryRecord>();

    /// <summary>Gets the stored settings versions (calendars, SLA policies, routing policy).</summary>
    public DbSet<Settings.SettingsVersionRecord> SettingsVersions => Set<Settings.SettingsVersionRecord>();

    /// <summary>Gets the routing decisions with their rejected alternatives.</summary>
    public DbSet<Routing.RoutingDecisionRecord> RoutingDecisions => Set<Routing.RoutingDecisionRecord>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CommandCenterDbContext).Assembly);
    }
}
