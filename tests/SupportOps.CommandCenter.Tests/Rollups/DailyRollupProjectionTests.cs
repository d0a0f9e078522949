using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Rollups;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Tests.Rollups;

public sealed class DailyRollupProjectionTests(SeededCommandCenterFactory factory) : IClassFixture<SeededCommandCenterFactory>
{
    [Fact]
    public async Task Rollups_AfterSeeding_EqualAFromScratchRecomputation()
    {
        await AssertRollupsEqualRecomputationAsync();

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        Assert.Equal(SeededCommandCenterFactory.Tickets, await db.DailyRollups.SumAsync(r => r.Created));
        Assert.True(await db.DailyRollups.SumAsync(r => r.FirstResponseBreached) > 0, "the seeded scenarios breach first responses");
        Assert.True(await db.DailyRollups.SumAsync(r => r.FirstResponseMet) > 0);
        Assert.True(await db.DailyRollups.SumAsync(r => r.Solved) > 0);
    }

    [Fact]
    public async Task Rollups_BacklogAtTheEnd_EqualsTheOpenTicketSnapshots()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();

        var backlog = await db.DailyRollups.SumAsync(r => r.BacklogChange);
        var open = await db.TicketSnapshots.CountAsync(t => t.CreatedAtTicks != 0 && (t.Status == "new" || t.Status == "open" || t.Status == "pending_customer" || t.Status == "on_hold"));

        Assert.Equal(open, backlog);
        Assert.True(open > 0);
    }

    [Fact]
    public async Task Rollups_AfterAppendsInSeveralBatches_StillEqualAFromScratchRecomputation()
    {
        var at = CommandCenterFactory.Now - Duration.FromDays(2);
        var stream = new TicketStreamBuilder("RP-1")
            .Created(at, queue: "billing")
            .CustomerMessage(at + Duration.FromMinutes(1), "I was charged twice.")
            .Assign(at + Duration.FromMinutes(3), "agent-3")
            .Queue(at + Duration.FromHours(1), "payments")
            .Reply(at + Duration.FromHours(2))
            .Status(at + Duration.FromHours(3), TicketStatus.Solved)
            .Status(at + Duration.FromHours(20), TicketStatus.Open)
            .Escalate(at + Duration.FromHours(21))
            .Reply(at + Duration.FromHours(1)) // late: taken at its predecessor's instant
            .Status(at + Duration.FromHours(26), TicketStatus.Closed);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IEventStore>();
            foreach (var (from, to) in new[] { (0, 2), (2, 5), (5, 6), (6, 9), (9, 10) })
            {
                await store.AppendAsync(stream.Append(from, to));
            }

            // And touch a seeded ticket too: its facts are rewritten, not added twice.
            var seeded = (await store.ListTicketIdsAsync()).First(id => id != "RP-1");
            await store.AppendAsync(new AppendRequest(seeded, ExpectedVersion.Any,
            [
                new NewEvent { Event = new Escalated { Reason = "vip" }, OccurredAt = CommandCenterFactory.Now, Actor = Actor.Agent("agent-1"), Source = EventSource.Api, DedupeKey = "rp-escalate" },
            ]));
        }

        await AssertRollupsEqualRecomputationAsync();
        await using var check = factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        var facts = await db.RollupFacts.Where(f => f.TicketId == "RP-1").ToListAsync();
        Assert.Equal(2, facts.Count(f => f.Metric == RollupMetrics.Solved));
        Assert.Single(facts, f => f.Metric == RollupMetrics.Reopened && f.Queue == "payments" && f.Agent == "agent-3");
        Assert.Equal(0, facts.Where(f => f.Metric == RollupMetrics.Backlog).Sum(f => f.Count));
    }

    [Fact]
    public async Task Rebuild_ReplacesTheRowsWithTheSameContent()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        var before = Snapshot(await db.DailyRollups.AsNoTracking().ToListAsync());

        var written = await scope.ServiceProvider.GetRequiredService<RollupRecomputation>().RebuildAsync();

        var after = Snapshot(await db.DailyRollups.AsNoTracking().ToListAsync());
        Assert.Equal(before.Count, written);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Reconcile_CorruptedRow_ReportsTheDriftAndRestoresTheRecomputation()
    {
        var client = factory.CreateClient();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
            var row = await db.DailyRollups.OrderBy(r => r.Day).FirstAsync(r => r.Created > 0);
            row.Created += 5;
            await db.SaveChangesAsync();
        }

        var first = await (await client.PostAsync("/api/v1/reports/rollups/reconcile", null)).ReadAsync<RollupReconciliation>();
        var second = await (await client.PostAsync("/api/v1/reports/rollups/reconcile", null)).ReadAsync<RollupReconciliation>();

        Assert.Equal(1, first.DriftedRows);
        Assert.True(first.Rebuilt);
        Assert.Equal(0, second.DriftedRows);
        Assert.False(second.Rebuilt);
        Assert.Equal(first.Rows, second.Rows);
        await AssertRollupsEqualRecomputationAsync();
    }

    [Theory]
    [InlineData("OpsManager", System.Net.HttpStatusCode.Forbidden)]
    [InlineData("Executive", System.Net.HttpStatusCode.Forbidden)]
    [InlineData("Admin", System.Net.HttpStatusCode.OK)]
    public async Task Reconcile_ByRole_IsForAdmins(string role, System.Net.HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports/rollups/reconcile");
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, role);

        Assert.Equal(expected, (await factory.CreateClient().SendAsync(request)).StatusCode);
    }

    private async Task AssertRollupsEqualRecomputationAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        var (facts, rows) = await scope.ServiceProvider.GetRequiredService<RollupRecomputation>().ComputeAsync();

        var stored = Snapshot(await db.DailyRollups.AsNoTracking().ToListAsync());
        var recomputed = Snapshot(rows.Values);
        Assert.Equal(recomputed.Count, stored.Count);
        Assert.Equal(recomputed, stored);

        var storedFacts = (await db.RollupFacts.AsNoTracking().ToListAsync()).Select(f => f.ToFact()).Order(FactOrder.Instance).ToList();
        Assert.Equal(facts.Order(FactOrder.Instance).ToList(), storedFacts);
    }

    private static SortedDictionary<string, string> Snapshot(IEnumerable<DailyRollupRecord> rows)
        => new(rows.ToDictionary(
            r => $"{r.Day}|{r.Queue}|{r.Channel}|{r.Priority}|{r.Agent}",
            r => string.Join(',', r.Created, r.FirstReplies, r.FirstReplySeconds, r.Solved, r.ResolutionSeconds, r.Reopened, r.Escalated,
                r.FirstResponseMet, r.FirstResponseBreached, r.NextResponseMet, r.NextResponseBreached, r.PeriodicUpdateMet, r.PeriodicUpdateBreached,
                r.ResolutionMet, r.ResolutionBreached, r.BacklogChange)), StringComparer.Ordinal);

    private sealed class FactOrder : IComparer<RollupFact>
    {
        public static readonly FactOrder Instance = new();

        public int Compare(RollupFact x, RollupFact y) => string.CompareOrdinal(x.ToString(), y.ToString());
    }
}
