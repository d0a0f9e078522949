using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Tests.Infrastructure;

public sealed class SnapshotRefresherTests : IAsyncLifetime
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 10, 14, 0); // Tuesday 10:00 New York
    private static readonly TicketStateCalculator Calculator = new(
        ApplicationServiceExtensions.CreateSlaEvaluator(Path.Combine(AppContext.BaseDirectory, "Configuration")),
        new SupportOps.RiskModel.Scoring.RiskScorer());

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"refresher-tests-{Path.GetRandomFileName()}.db");
    private readonly FakeClock _clock = new(T0);

    public async Task InitializeAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
        var store = new EfEventStore(db, _clock, Calculator, [], [], Microsoft.Extensions.Logging.Abstractions.NullLogger<EfEventStore>.Instance);
        await store.AppendAsync(Request("T-1", Created()));
        await store.AppendAsync(Request("T-2", Created(), new StatusChanged { To = TicketStatus.Solved }));
        await store.AppendAsync(Request("T-3", Created()));
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task RefreshOpenTicketsAsync_AfterTheDueInstant_MarksOpenTicketsBreached()
    {
        await using var db = CreateContext();
        Assert.False((await db.TicketSnapshots.AsNoTracking().SingleAsync(t => t.TicketId == "T-1")).IsBreached);
        var later = T0.Plus(Duration.FromDays(2));
        var sut = new SnapshotRefresher(db, Calculator);

        var refreshed = await sut.RefreshOpenTicketsAsync(later, batchSize: 1);

        Assert.Equal(2, refreshed);
        var rows = await db.TicketSnapshots.AsNoTracking().OrderBy(t => t.TicketId).ToListAsync();
        Assert.True(rows[0].IsBreached);
        Assert.Equal(later.ToUnixTimeTicks(), rows[0].EvaluatedAtTicks);
        Assert.True(rows[0].RiskScore > 0);
        Assert.Equal(T0.ToUnixTimeTicks(), rows[1].EvaluatedAtTicks); // solved: left alone
        Assert.True(rows[2].IsBreached);
    }

    [Fact]
    public async Task RefreshOpenTicketsAsync_SnapshotNotAtTheStreamVersion_IsLeftAlone()
    {
        await using var db = CreateContext();
        await db.TicketSnapshots.Where(t => t.TicketId == "T-3").ExecuteUpdateAsync(s => s.SetProperty(t => t.Version, 99));
        var sut = new SnapshotRefresher(db, Calculator);

        var refreshed = await sut.RefreshOpenTicketsAsync(T0.Plus(Duration.FromDays(2)));

        Assert.Equal(1, refreshed);
        Assert.False((await db.TicketSnapshots.AsNoTracking().SingleAsync(t => t.TicketId == "T-3")).IsBreached);
    }

    private static TicketCreated Created()
        => new() { Subject = "Down", Channel = Channel.Chat, Priority = Priority.P0, Tier = CustomerTier.Standard, RequesterId = "cust-1" };

    private static AppendRequest Request(string ticket, params TicketEvent[] events)
        => new(ticket, ExpectedVersion.NoStream, events.Select((e, i) => new NewEvent
        {
            Event = e,
            OccurredAt = T0,
            Actor = Actor.Customer("cust-1"),
            Source = EventSource.Api,
            DedupeKey = $"k{i}",
        }));

    private CommandCenterDbContext CreateContext()
        => new(new DbContextOptionsBuilder<CommandCenterDbContext>().UseSqlite($"Data Source={_path}").Options);
}
