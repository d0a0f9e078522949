using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Infrastructure.Providers;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Tests.Providers;

/// <remarks>Runs on SQLite here and on PostgreSQL in <see cref="PostgreSqlSnapshotRefreshWriterTests"/>, each test on a fresh database.</remarks>
public class SnapshotRefreshWriterTests : IAsyncLifetime
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 10, 14, 0);
    private static readonly TicketStateCalculator Calculator = new(
        ApplicationServiceExtensions.CreateSlaEvaluator(Path.Combine(AppContext.BaseDirectory, "Configuration")), new SupportOps.RiskModel.Scoring.RiskScorer());

    private readonly Func<TestDatabase> _createDatabase;
    private TestDatabase? _database;

    public SnapshotRefreshWriterTests()
        : this(() => new SqliteTestDatabase())
    {
    }

    protected SnapshotRefreshWriterTests(Func<TestDatabase> createDatabase) => _createDatabase = createDatabase;

    public async Task InitializeAsync()
    {
        _database = _createDatabase();
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
        var store = new EfEventStore(db, new FakeClock(T0), Calculator, [], [], Microsoft.Extensions.Logging.Abstractions.NullLogger<EfEventStore>.Instance);
        foreach (var id in (string[])["T-1", "T-2", "T-3"])
        {
            await store.AppendAsync(new AppendRequest(id, ExpectedVersion.NoStream, [new NewEvent
            {
                Event = new TicketCreated { Subject = "Down", Channel = Channel.Chat, Priority = Priority.P1, Tier = CustomerTier.Standard, RequesterId = "cust-1" },
                OccurredAt = T0,
                Actor = Actor.Customer("cust-1"),
                Source = EventSource.Api,
                DedupeKey = "created",
            }]));
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task UpdateAsync_OneRowChangedSinceItWasRead_WritesTheOthersAndSaysWhich()
    {
        await using var db = CreateContext();
        var read = await db.TicketSnapshots.AsNoTracking().OrderBy(t => t.TicketId).ToListAsync();
        var later = T0.Plus(Duration.FromDays(3));
        var refreshed = read.ConvertAll(r => (Row: Calculator.RefreshAt(r, later)!, ReadEvaluatedAtTicks: r.EvaluatedAtTicks));
        await db.TicketSnapshots.Where(t => t.TicketId == "T-2").ExecuteUpdateAsync(s => s.SetProperty(t => t.EvaluatedAtTicks, t => t.EvaluatedAtTicks + 1));
        var sut = Writer(db);

        bool[] written;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            written = await sut.UpdateAsync(db, refreshed, CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.Equal([true, false, true], written);
        var rows = await db.TicketSnapshots.AsNoTracking().OrderBy(t => t.TicketId).ToListAsync();
        Assert.True(rows[0].IsBreached);
        Assert.Equal(later.ToUnixTimeTicks(), rows[0].EvaluatedAtTicks);
        Assert.Equal(refreshed[0].Row.RiskScore, rows[0].RiskScore);
        Assert.Equal(refreshed[0].Row.RiskReasons, rows[0].RiskReasons);
        Assert.Equal(refreshed[0].Row.DueSortKey, rows[0].DueSortKey);
        Assert.False(rows[1].IsBreached);
        Assert.Equal(T0.ToUnixTimeTicks() + 1, rows[1].EvaluatedAtTicks);
        Assert.True(rows[2].IsBreached);
    }

    [SkippableFact]
    public async Task UpdateAsync_NoTransaction_Throws()
    {
        await using var db = CreateContext();
        var row = await db.TicketSnapshots.AsNoTracking().FirstAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Writer(db).UpdateAsync(db, [(row, row.EvaluatedAtTicks)], CancellationToken.None));
    }

    private static ISnapshotRefreshWriter Writer(CommandCenterDbContext db)
        => db.Database.IsNpgsql() ? new PostgreSqlSnapshotRefreshWriter() : new SqliteSnapshotRefreshWriter();

    private CommandCenterDbContext CreateContext() => _database!.CreateContext();
}
