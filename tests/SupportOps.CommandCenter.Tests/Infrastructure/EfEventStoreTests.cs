using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using NodaTime.Testing;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Tests.Providers;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Tests.Infrastructure;

/// <remarks>Runs on SQLite here and on PostgreSQL in <c>Providers/PostgreSqlEfEventStoreTests</c>, each test on a fresh database.</remarks>
public class EfEventStoreTests : IAsyncLifetime
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 10, 14, 0);
    private static readonly TicketStateCalculator Calculator = new(
        ApplicationServiceExtensions.CreateSlaEvaluator(Path.Combine(AppContext.BaseDirectory, "Configuration")), new SupportOps.RiskModel.Scoring.RiskScorer());

    private readonly Func<TestDatabase> _createDatabase;
    private TestDatabase? _database;
    private readonly FakeClock _clock = new(T0.Plus(Duration.FromMinutes(30)));

    private EfEventStore NewStore(CommandCenterDbContext db) =>
        new(db, _clock, Calculator, [], [], Microsoft.Extensions.Logging.Abstractions.NullLogger<EfEventStore>.Instance);

    public EfEventStoreTests()
        : this(() => new SqliteTestDatabase())
    {
    }

    protected EfEventStoreTests(Func<TestDatabase> createDatabase) => _createDatabase = createDatabase;

    public async Task InitializeAsync()
    {
        _database = _createDatabase();
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task AppendAsync_SnapshotWriteFails_NoEventIsStored()
    {
        await using (var failing = CreateContext(new FailOnSnapshotWrite()))
        {
            var sut = NewStore(failing);
            await Assert.ThrowsAnyAsync<Exception>(async () => await sut.AppendAsync(Request("T-1", ExpectedVersion.NoStream, "a", "b")));
        }

        await using var db = CreateContext();
        Assert.Equal(0, await db.Events.CountAsync());
        Assert.Equal(0, await db.TicketSnapshots.CountAsync());
    }

    [SkippableFact]
    public async Task AppendAsync_NewEvents_StampsVersionsRecordedAtAndSnapshotTogether()
    {
        await using var db = CreateContext();
        var sut = NewStore(db);

        var result = await sut.AppendAsync(Request("T-1", ExpectedVersion.NoStream, "a", "b"));

        Assert.Equal([1L, 2L], result.Appended.Select(e => e.Version));
        Assert.All(result.Appended, e => Assert.Equal(_clock.GetCurrentInstant(), e.RecordedAt));
        Assert.Equal(result.Appended, await sut.ReadStreamAsync("T-1"));
        var snapshot = await db.TicketSnapshots.AsNoTracking().SingleAsync();
        Assert.Equal(2, snapshot.Version);
        Assert.Equal(_clock.GetCurrentInstant().ToUnixTimeTicks(), snapshot.EvaluatedAtTicks);
    }

    [SkippableFact]
    public async Task AppendAsync_ConcurrentAppendsExpectingTheSameVersion_ExactlyOneWins()
    {
        await using (var db = CreateContext())
        {
            await NewStore(db).AppendAsync(Request("T-1", ExpectedVersion.NoStream, "a"));
        }

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            await using var db = CreateContext();
            try
            {
                await NewStore(db).AppendAsync(Request("T-1", ExpectedVersion.Exactly(1), $"c{i}"));
                return "ok";
            }
            catch (EventStreamConcurrencyException exception)
            {
                Assert.Equal(2, exception.ActualVersion);
                return "conflict";
            }
        })));

        Assert.Single(outcomes, o => o == "ok");
        await using var check = CreateContext();
        Assert.Equal(2, await NewStore(check).GetVersionAsync("T-1"));
    }

    [SkippableFact]
    public async Task AppendAsync_ConcurrentAppendsAtAnyVersion_AllLandContiguouslyAndDuplicatesOnce()
    {
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            await using var db = CreateContext();
            var sut = NewStore(db);
            await sut.AppendAsync(Request("T-1", ExpectedVersion.Any, "a", $"m{i % 3}"));
        })));

        await using var check = CreateContext();
        var events = await NewStore(check).ReadStreamAsync("T-1");
        Assert.Equal(Enumerable.Range(1, 4).Select(v => (long)v), events.Select(e => e.Version));
        Assert.Equal(4, events.Select(e => e.DedupeKey).Distinct().Count());
        Assert.Equal(4, (await check.TicketSnapshots.AsNoTracking().SingleAsync()).Version);
    }

    [SkippableFact]
    public async Task ReadRangeAsync_ByOccurredAt_IsHalfOpenAndOrderedByInstantTicketAndVersion()
    {
        await using var db = CreateContext();
        var sut = NewStore(db);
        await sut.AppendAsync(Request("T-2", ExpectedVersion.NoStream, "a", "b"));
        await sut.AppendAsync(Request("T-1", ExpectedVersion.NoStream, "a", "b", "c"));

        var range = await sut.ReadRangeAsync(new Interval(T0, T0.Plus(Duration.FromMinutes(2))));

        Assert.Equal(["T-1:1", "T-2:1", "T-1:2", "T-2:2"], range.Select(e => e.EventId));
        Assert.Equal(["T-1", "T-2"], await sut.ListTicketIdsAsync());
    }

    private static AppendRequest Request(string ticket, ExpectedVersion expected, params string[] keys)
    {
        var events = new List<NewEvent>();
        for (var i = 0; i < keys.Length; i++)
        {
            TicketEvent e = keys[i] == "a"
                ? new TicketCreated { Subject = "Printer on fire", Channel = Channel.Email, Priority = Priority.P1, Tier = CustomerTier.Standard, RequesterId = "cust-1" }
                : new CustomerMessage { MessageId = keys[i], AuthorId = "cust-1", Body = "Help", Channel = Channel.Email };
            var minute = keys[i] == "a" ? 0 : keys[i] == "b" ? 1 : 2;
            events.Add(new NewEvent { Event = e, OccurredAt = T0.Plus(Duration.FromMinutes(minute)), Actor = Actor.Customer("cust-1"), Source = EventSource.Api, DedupeKey = $"k:{keys[i]}" });
        }

        return new AppendRequest(ticket, expected, events);
    }

    private CommandCenterDbContext CreateContext(params IInterceptor[] interceptors)
        => _database!.CreateContext(interceptors);

    /// <summary>Fails the snapshot's write, which comes after the events' in the same transaction.</summary>
    private sealed class FailOnSnapshotWrite : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
            => command.CommandText.Contains("INSERT INTO \"TicketSnapshots\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("snapshot write failed")
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
            => command.CommandText.Contains("INSERT INTO \"TicketSnapshots\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("snapshot write failed")
                : base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
