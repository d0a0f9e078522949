using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Infrastructure.Providers;
using SupportOps.CommandCenter.Seeding;
using SupportOps.CommandCenter.Tests.Providers;
using SupportOps.EventTimeline.Serialization;

namespace SupportOps.CommandCenter.Tests.Scale;

/// <summary>The parallel, batched refresh gives exactly the rows a ticket-by-ticket recomputation gives.</summary>
public sealed class SnapshotRefresherScaleTests : IAsyncLifetime
{
    private static readonly Instant Anchor = Instant.FromUtc(2026, 3, 10, 15, 0);
    private static readonly TicketStateCalculator Calculator = new(
        ApplicationServiceExtensions.CreateSlaEvaluator(Path.Combine(AppContext.BaseDirectory, "Configuration")), new SupportOps.RiskModel.Scoring.RiskScorer());

    private readonly SqliteTestDatabase _database = new();

    public async Task InitializeAsync()
    {
        await using var db = _database.CreateContext();
        await db.Database.MigrateAsync();
        var requests = SeedGenerator.Generate(new SeedOptions { Seed = 9, Tickets = 150, Days = 4 }, Anchor, Calculator);
        await new BulkTicketImporter(db, new FakeClock(Anchor), Calculator, new SqliteBulkRowWriter(), []).ImportAsync(requests);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1_000)]
    public async Task RefreshOpenTicketsAsync_AnyBatchSize_EqualsRecomputingEachOpenTicketAlone(int batchSize)
    {
        var later = Anchor + Duration.FromHours(5);
        await using var db = _database.CreateContext();
        var before = await db.TicketSnapshots.AsNoTracking().ToDictionaryAsync(t => t.TicketId, StringComparer.Ordinal);
        var sut = new SnapshotRefresher(db, Calculator);

        var refreshed = await sut.RefreshOpenTicketsAsync(later, batchSize);

        var open = before.Values.Where(t => t.Status is not ("solved" or "closed")).ToList();
        Assert.Equal(open.Count, refreshed);
        Assert.InRange(open.Count, 10, before.Count - 10);
        var after = await db.TicketSnapshots.AsNoTracking().ToListAsync();
        foreach (var row in after)
        {
            var payloads = await db.Events.AsNoTracking().Where(e => e.TicketId == row.TicketId).OrderBy(e => e.Version).Select(e => e.Payload).ToListAsync();
            var expected = row.Status is "solved" or "closed"
                ? before[row.TicketId]
                : Calculator.Compute(row.TicketId, payloads.ConvertAll(TimelineJson.Deserialize), later);

            // A snapshot whose values an evaluation at the instant leaves as they were is not rewritten: it keeps its
            // evaluation instant (and equals the recomputation in every other column).
            if (row.EvaluatedAtTicks != later.ToUnixTimeTicks() && row.Status is not ("solved" or "closed"))
            {
                Assert.Equal(before[row.TicketId].EvaluatedAtTicks, row.EvaluatedAtTicks);
                expected.EvaluatedAtTicks = row.EvaluatedAtTicks;
            }

            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(expected), System.Text.Json.JsonSerializer.Serialize(row));
        }
    }
}
