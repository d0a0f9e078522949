using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Rollups;

namespace SupportOps.CommandCenter.Tests.Infrastructure;

/// <summary>A refresh that sees an SLA cycle breach appends one <c>sla_breached</c> event, which the timeline and the rollups count.</summary>
public sealed class SnapshotRefresherBreachTests(SeededCommandCenterFactory factory) : IClassFixture<SeededCommandCenterFactory>
{
    [Fact]
    public async Task RefreshAsync_RunningCycleBreachesBeforeTheNextRefresh_AppendsOneSlaBreachedEventAndTheRollupsCountIt()
    {
        _ = factory.CreateClient();
        TicketSnapshotRecord ticket;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
            ticket = await db.TicketSnapshots.AsNoTracking()
                .Where(t => t.Status != "solved" && t.Status != "closed" && !t.IsBreached && t.DueSortKey != TicketSnapshotRecord.NoDue)
                .OrderBy(t => t.DueSortKey).ThenBy(t => t.TicketId).FirstAsync();
            Assert.Equal(0, await BreachFactsAsync(db, ticket.TicketId, ticket.SlaTimerKind!));
        }

        factory.Clock.Reset(Instant.FromUnixTimeTicks(ticket.DueSortKey) + Duration.FromMinutes(1));
        var first = await RefreshAsync();
        var second = await RefreshAsync();

        Assert.True(first.BreachEvents >= 1);
        Assert.Equal(0, second.BreachEvents);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
            var events = await db.Events.AsNoTracking().Where(e => e.TicketId == ticket.TicketId && e.Version > ticket.Version).ToListAsync();
            var breach = Assert.Single(events);
            Assert.StartsWith($"sla-breached:{ticket.SlaTimerKind}:", breach.DedupeKey, StringComparison.Ordinal);
            Assert.Equal(ticket.DueSortKey, breach.OccurredAtTicks);
            Assert.Contains("\"sla_breached\"", breach.Payload, StringComparison.Ordinal);
            var snapshot = await db.TicketSnapshots.AsNoTracking().SingleAsync(t => t.TicketId == ticket.TicketId);
            Assert.True(snapshot.IsBreached);
            Assert.Equal(ticket.Version + 1, snapshot.Version);
            Assert.Equal(1, await BreachFactsAsync(db, ticket.TicketId, ticket.SlaTimerKind!));
        }
    }

    private async Task<SnapshotRefreshResult> RefreshAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SnapshotRefresher>().RefreshAsync(factory.Clock.GetCurrentInstant());
    }

    private static Task<int> BreachFactsAsync(CommandCenterDbContext db, string ticketId, string timer)
        => db.RollupFacts.AsNoTracking().Where(f => f.TicketId == ticketId && f.Metric == RollupMetrics.SlaBreached && f.Timer == timer).SumAsync(f => f.Count);
}
