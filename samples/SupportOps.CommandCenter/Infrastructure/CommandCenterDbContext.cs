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

    /// <summary>Gets the daily rollups (reports).</summary>
    public DbSet<Rollups.DailyRollupRecord> DailyRollups => Set<Rollups.DailyRollupRecord>();

    /// <summary>Gets the per-ticket facts the daily rollups sum (reports, drilldowns).</summary>
    public DbSet<Rollups.RollupFactRecord> RollupFacts => Set<Rollups.RollupFactRecord>();

    /// <summary>Gets the numbered ticket summaries (summaries).</summary>
    public DbSet<Summaries.TicketSummaryRecord> TicketSummaries => Set<Summaries.TicketSummaryRecord>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CommandCenterDbContext).Assembly);
    }
}
