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

    [Fact]
    public async Task RefreshOpenTicketsAsync_SameInstantTwice_WritesNothingTheSecondTime()
    {
        await using var db = CreateContext();
        var later = T0.Plus(Duration.FromDays(2));
        var sut = new SnapshotRefresher(db, Calculator);
        await sut.RefreshOpenTicketsAsync(later);
        var before = await db.TicketSnapshots.AsNoTracking().OrderBy(t => t.TicketId).ToListAsync();

        var second = await sut.RefreshAsync(later.Plus(Duration.FromMinutes(1)));

        Assert.Equal(new SnapshotRefreshResult(Checked: 2, Reevaluated: 0, Written: 0, Unchanged: 2, Conflicts: 0), second);
        var after = await db.TicketSnapshots.AsNoTracking().OrderBy(t => t.TicketId).ToListAsync();
        Assert.Equal(before.Select(r => r.EvaluatedAtTicks), after.Select(r => r.EvaluatedAtTicks)); // breached and unchanged: not rewritten
    }

    [Fact]
    public async Task RefreshAsync_SnapshotWithoutSlaState_IsReevaluatedFromItsEventsAndGetsTheState()
    {
        await using var db = CreateContext();
        var stored = await db.TicketSnapshots.AsNoTracking().SingleAsync(t => t.TicketId == "T-3");
        await db.TicketSnapshots.Where(t => t.TicketId == "T-3").ExecuteUpdateAsync(s => s.SetProperty(t => t.SlaState, (string?)null));
        var later = T0.Plus(Duration.FromHours(1));
        var sut = new SnapshotRefresher(db, Calculator);

        var result = await sut.RefreshAsync(later);

        Assert.Equal(1, result.Reevaluated);
        Assert.Equal(2, result.Written);
        var row = await db.TicketSnapshots.AsNoTracking().SingleAsync(t => t.TicketId == "T-3");
        Assert.Equal(stored.SlaState, row.SlaState);
        Assert.Equal(later.ToUnixTimeTicks(), row.EvaluatedAtTicks);
        Assert.True(row.RiskScore > stored.RiskScore);
    }

    [Fact]
    public async Task RefreshOpenTicketsAsync_AnyInstant_LeavesWhatAFullEvaluationFromTheEventsGives()
    {
        await using var db = CreateContext();
        var sut = new SnapshotRefresher(db, Calculator);
        foreach (var hours in (int[])[1, 3, 7, 30, 49])
        {
            var now = T0.Plus(Duration.FromHours(hours));
            await sut.RefreshOpenTicketsAsync(now);

            foreach (var row in await db.TicketSnapshots.AsNoTracking().Where(t => t.Status != "solved").ToListAsync())
            {
                var events = (await db.Events.AsNoTracking().Where(e => e.TicketId == row.TicketId).OrderBy(e => e.Version).Select(e => e.Payload).ToListAsync())
                    .ConvertAll(SupportOps.EventTimeline.Serialization.TimelineJson.Deserialize);
                var expected = Calculator.Compute(row.TicketId, events, Instant.FromUnixTimeTicks(row.EvaluatedAtTicks));
                Assert.True(SupportOps.CommandCenter.Background.ReconciliationJob.SameAs(row, expected), $"{row.TicketId} after the refresh at +{hours} h differs from a full evaluation");
                Assert.Equal(expected.EvaluatedAtTicks, row.EvaluatedAtTicks);
            }
        }
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
