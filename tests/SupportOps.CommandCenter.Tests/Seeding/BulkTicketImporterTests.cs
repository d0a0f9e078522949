using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Infrastructure.Providers;
using SupportOps.CommandCenter.Seeding;
using SupportOps.CommandCenter.Tests.Providers;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Tests.Seeding;

/// <remarks>Runs on SQLite here and on PostgreSQL in <c>Providers/PostgreSqlBulkTicketImporterTests</c>.</remarks>
public class BulkTicketImporterTests : IAsyncLifetime
{
    private static readonly Instant Anchor = Instant.FromUtc(2026, 3, 10, 15, 0);
    private static readonly TicketStateCalculator Calculator = new(
        ApplicationServiceExtensions.CreateSlaEvaluator(Path.Combine(AppContext.BaseDirectory, "Configuration")), new SupportOps.RiskModel.Scoring.RiskScorer());

    private readonly Func<TestDatabase> _createDatabase;
    private readonly List<TestDatabase> _databases = [];

    public BulkTicketImporterTests()
        : this(() => new SqliteTestDatabase())
    {
    }

    protected BulkTicketImporterTests(Func<TestDatabase> createDatabase) => _createDatabase = createDatabase;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task ImportAsync_SeededWorkload_StoresTheSameRowsAndProjectionCallsAsOneAppendPerTicket()
    {
        var requests = SeedGenerator.Generate(new SeedOptions { Seed = 11, Tickets = 90, Days = 5 }, Anchor, Calculator).ToList();
        requests.Add(WithRepeatedDedupeKey(requests[0], "T-DUP"));
        var (appendDb, appendCalls) = (await NewDatabaseAsync(), new List<string>());
        var (importDb, importCalls) = (await NewDatabaseAsync(), new List<string>());
        var appendClock = new FakeClock(Anchor, Duration.FromMilliseconds(1));
        var importClock = new FakeClock(Anchor, Duration.FromMilliseconds(1));

        await using (var db = appendDb.CreateContext())
        {
            var store = new EfEventStore(db, appendClock, Calculator, [new RecordingProjection(appendCalls)], [], NullLogger<EfEventStore>.Instance);
            foreach (var request in requests)
            {
                await store.AppendAsync(request);
            }
        }

        await using (var db = importDb.CreateContext())
        {
            var sut = new BulkTicketImporter(db, importClock, Calculator, Writer(importDb), [new RecordingProjection(importCalls)]);
            Assert.Equal((91, requests.Sum(r => r.Events.Length) - 1), await sut.ImportAsync(requests, ticketsPerTransaction: 13));
        }

        Assert.Equal(await EventRowsAsync(appendDb), await EventRowsAsync(importDb));
        Assert.Equal(await SnapshotRowsAsync(appendDb), await SnapshotRowsAsync(importDb));
        Assert.Equal(appendCalls, importCalls);
        Assert.Equal(91, importCalls.Count);
    }

    [SkippableFact]
    public async Task ImportAsync_TicketAlreadyStored_ThrowsConcurrencyAndRollsBackItsTransactionOnly()
    {
        var database = await NewDatabaseAsync();
        var requests = SeedGenerator.Generate(new SeedOptions { Seed = 3, Tickets = 6, Days = 2 }, Anchor);
        await using var db = database.CreateContext();
        var sut = new BulkTicketImporter(db, new FakeClock(Anchor), Calculator, Writer(database), []);
        await sut.ImportAsync([requests[4]]);

        var exception = await Assert.ThrowsAsync<EventStreamConcurrencyException>(() => sut.ImportAsync(requests, ticketsPerTransaction: 3));

        Assert.Equal(requests[4].TicketId, exception.TicketId);
        Assert.Equal(requests[4].Events.Length, exception.ActualVersion);
        var stored = await db.TicketSnapshots.AsNoTracking().Select(t => t.TicketId).OrderBy(t => t).ToListAsync();
        Assert.Equal(new[] { requests[0], requests[1], requests[2], requests[4] }.Select(r => r.TicketId).Order(StringComparer.Ordinal), stored);
    }

    [SkippableFact]
    public async Task ImportAsync_ProjectionFails_NothingOfThatTransactionIsStored()
    {
        var database = await NewDatabaseAsync();
        var requests = SeedGenerator.Generate(new SeedOptions { Seed = 3, Tickets = 4, Days = 2 }, Anchor);
        await using var db = database.CreateContext();
        var sut = new BulkTicketImporter(db, new FakeClock(Anchor), Calculator, Writer(database), [new FailingProjection(requests[1].TicketId)]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.ImportAsync(requests));

        Assert.Equal(0, await db.Events.CountAsync());
        Assert.Equal(0, await db.TicketSnapshots.CountAsync());
    }

    [SkippableFact]
    public async Task ImportAsync_SameTicketTwice_ThrowsBeforeWritingIt()
    {
        var database = await NewDatabaseAsync();
        var request = SeedGenerator.Generate(new SeedOptions { Seed = 3, Tickets = 1, Days = 2 }, Anchor)[0];
        await using var db = database.CreateContext();
        var sut = new BulkTicketImporter(db, new FakeClock(Anchor), Calculator, Writer(database), []);

        await Assert.ThrowsAsync<ArgumentException>(() => sut.ImportAsync([request, request]));

        Assert.Equal(0, await db.Events.CountAsync());
    }

    [SkippableFact]
    public async Task ImportAsync_ExpectedVersionRejectingANewStream_ThrowsConcurrency()
    {
        var database = await NewDatabaseAsync();
        var request = SeedGenerator.Generate(new SeedOptions { Seed = 3, Tickets = 1, Days = 2 }, Anchor)[0];
        await using var db = database.CreateContext();
        var sut = new BulkTicketImporter(db, new FakeClock(Anchor), Calculator, Writer(database), []);

        await Assert.ThrowsAsync<EventStreamConcurrencyException>(() => sut.ImportAsync([new AppendRequest(request.TicketId, ExpectedVersion.Exactly(2), request.Events)]));
    }

    private static IBulkRowWriter Writer(TestDatabase database)
        => database.Provider == DatabaseOptions.PostgreSql ? new PostgreSqlBulkRowWriter() : new SqliteBulkRowWriter();

    private static AppendRequest WithRepeatedDedupeKey(AppendRequest request, string ticketId)
        => new(ticketId, ExpectedVersion.Any, [.. request.Events, request.Events[^1] with { OccurredAt = request.Events[^1].OccurredAt + Duration.FromMinutes(1) }]);

    private static async Task<List<string>> EventRowsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Events.AsNoTracking().OrderBy(e => e.Id)
            .Select(e => e.Id + "|" + e.TicketId + "|" + e.Version + "|" + e.EventId + "|" + e.DedupeKey + "|" + e.EventType + "|" + e.OccurredAtTicks + "|" + e.RecordedAtTicks + "|" + e.Payload)
            .ToListAsync();
    }

    private static async Task<List<string>> SnapshotRowsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var rows = await db.TicketSnapshots.AsNoTracking().ToListAsync();
        return [.. rows.OrderBy(r => r.TicketId, StringComparer.Ordinal).Select(r => System.Text.Json.JsonSerializer.Serialize(r))];
    }

    private async Task<TestDatabase> NewDatabaseAsync()
    {
        var database = _createDatabase();
        _databases.Add(database);
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    private sealed class RecordingProjection(List<string> calls) : ITicketProjection
    {
        public ValueTask ApplyAsync(TicketProjectionContext context, CancellationToken cancellationToken)
        {
            calls.Add($"{context.Current.TicketId} prev={context.Previous?.Version} v={context.Current.Version} risk={context.Current.RiskScore} at={context.RecordedAt} "
                + string.Join(',', context.Appended.Select(e => e.EventId + "@" + e.Version)));
            return ValueTask.CompletedTask;
        }
    }

    private sealed class FailingProjection(string ticketId) : ITicketProjection
    {
        public ValueTask ApplyAsync(TicketProjectionContext context, CancellationToken cancellationToken)
            => context.Current.TicketId == ticketId ? throw new InvalidOperationException("projection failed") : ValueTask.CompletedTask;
    }
}
