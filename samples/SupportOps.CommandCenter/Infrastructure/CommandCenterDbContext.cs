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
public class CommandCenterDbContext : IdentityDbContext<CommandCenterUser>
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

    /// <summary>Gets the background jobs' database leases.</summary>
    public DbSet<Background.LeaseRecord> Leases => Set<Background.LeaseRecord>();

    /// <summary>Gets the outbox of notifications.</summary>
    public DbSet<Outbox.OutboxMessageRecord> OutboxMessages => Set<Outbox.OutboxMessageRecord>();

    /// <summary>Gets the ingest runs.</summary>
    public DbSet<Ingest.IngestRunRecord> IngestRuns => Set<Ingest.IngestRunRecord>();

    /// <summary>Gets the dead letters (payloads that failed to normalize).</summary>
    public DbSet<Ingest.DeadLetterRecord> DeadLetters => Set<Ingest.DeadLetterRecord>();

    /// <summary>Gets the ingest cursors, one per source.</summary>
    public DbSet<Ingest.IngestCursorRecord> IngestCursors => Set<Ingest.IngestCursorRecord>();

    /// <summary>Gets the reconciliation runs.</summary>
    public DbSet<Background.ReconciliationRunRecord> ReconciliationRuns => Set<Background.ReconciliationRunRecord>();

    /// <summary>Gets the inbox counters (ticket counts per combination of the inbox's filter dimensions).</summary>
    public DbSet<Inbox.InboxCounterRecord> InboxCounters => Set<Inbox.InboxCounterRecord>();

    /// <summary>Gets the users' saved inbox views.</summary>
    public DbSet<Inbox.SavedViewRecord> SavedViews => Set<Inbox.SavedViewRecord>();

    /// <summary>Gets the support agents (skills, capacity, shifts, teams).</summary>
    public DbSet<Agents.AgentRecord> Agents => Set<Agents.AgentRecord>();

    /// <summary>Gets the audit log.</summary>
    public DbSet<Audit.AuditEntryRecord> AuditEntries => Set<Audit.AuditEntryRecord>();

    /// <summary>Gets the stored settings versions (calendars, SLA policies, routing policy).</summary>
    public DbSet<Settings.SettingsVersionRecord> SettingsVersions => Set<Settings.SettingsVersionRecord>();

    /// <summary>Gets the routing decisions with their rejected alternatives.</summary>
    public DbSet<Routing.RoutingDecisionRecord> RoutingDecisions => Set<Routing.RoutingDecisionRecord>();

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
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CommandCenterDbContext).Assembly);
    }
}
