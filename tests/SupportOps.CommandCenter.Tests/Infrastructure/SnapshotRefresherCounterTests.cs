using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.CommandCenter.Background;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Serialization;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Tests.Infrastructure;

/// <summary>
/// The refresher over the seeded host: the inbox counters equal counting the snapshots after every refresh, and every
/// open snapshot equals a full evaluation from its events at its evaluation instant.
/// </summary>
/// <remarks>Runs on SQLite here and on PostgreSQL in <c>Providers/PostgreSqlSnapshotRefresherCounterTests</c>.</remarks>
public class SnapshotRefresherCounterTests(SeededCommandCenterFactory factory) : IClassFixture<SeededCommandCenterFactory>
{
    [SkippableFact]
    public async Task RefreshAsync_RepeatedAsTimePassesWithAppendsBetween_CountersEqualCountingTheSnapshotsAndRowsEqualFullEvaluations()
    {
        _ = factory.CreateClient();
        var moved = 0;
        var written = 0;
        for (var round = 0; round < 4; round++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
            var ids = await db.TicketSnapshots.AsNoTracking().Where(t => t.Status == "open" || t.Status == "new").OrderBy(t => t.TicketId).Select(t => t.TicketId).ToListAsync();
            var now = factory.Clock.GetCurrentInstant();
            await scope.ServiceProvider.GetRequiredService<IEventStore>().AppendAsync(new AppendRequest(ids[round * 2], ExpectedVersion.Any, [new NewEvent
            {
                Event = new StatusChanged { To = TicketStatus.PendingCustomer },
                OccurredAt = now,
                Actor = Actor.Agent("agent-a"),
                Source = EventSource.Api,
                DedupeKey = $"refresh-counter-round-{round}",
            }]));

            // One snapshot without a stored SLA state (as rows written before the column existed) goes the full way.
            var last = ids[^1];
            await db.TicketSnapshots.Where(t => t.TicketId == last).ExecuteUpdateAsync(s => s.SetProperty(t => t.SlaState, (string?)null));
            var before = await CountersAsync(db, "before the refresh");
            factory.Clock.Advance(Duration.FromHours(7 + (round * 13)));

            var result = await scope.ServiceProvider.GetRequiredService<SnapshotRefresher>().RefreshAsync(factory.Clock.GetCurrentInstant(), batchSize: 25);

            Assert.True(result.Reevaluated >= 1, $"round {round}: the snapshot without a state was not re-evaluated");
            written += result.Written;
            var after = await CountersAsync(db, $"after the refresh in round {round}");
            moved += before.SequenceEqual(after) ? 0 : 1;
            await AssertOpenRowsEqualFullEvaluationsAsync(db, scope.ServiceProvider.GetRequiredService<TicketStateCalculator>(), round);
        }

        Assert.True(written > 0, "no refresh wrote a snapshot");
        Assert.True(moved > 0, "no refresh moved a ticket to another counter cell; the test would not notice missing deltas");
    }

    private static async Task AssertOpenRowsEqualFullEvaluationsAsync(CommandCenterDbContext db, TicketStateCalculator calculator, int round)
    {
        var rows = await db.TicketSnapshots.AsNoTracking().Where(t => t.Status != "solved" && t.Status != "closed").ToListAsync();
        var ids = rows.Select(r => r.TicketId).ToList();
        var streams = (await db.Events.AsNoTracking().Where(e => ids.Contains(e.TicketId)).Select(e => new { e.TicketId, e.Version, e.Payload }).ToListAsync())
            .GroupBy(e => e.TicketId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Version).Select(e => TimelineJson.Deserialize(e.Payload)).ToList(), StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var expected = calculator.Compute(row.TicketId, streams[row.TicketId], Instant.FromUnixTimeTicks(row.EvaluatedAtTicks));
            Assert.True(ReconciliationJob.SameAs(row, expected), $"round {round}: {row.TicketId} differs from a full evaluation at its evaluation instant");
        }
    }

    private static async Task<List<string>> CountersAsync(CommandCenterDbContext db, string when)
    {
        var counted = (await db.TicketSnapshots.AsNoTracking()
                .GroupBy(t => new { t.Queue, t.Status, t.Priority, t.Channel, t.RiskBand, t.IsBreached, t.Assignee })
                .Select(g => new { g.Key, Count = (long)g.Count() })
                .ToListAsync())
            .Select(g => $"{g.Key.Queue ?? string.Empty}|{g.Key.Status}|{g.Key.Priority}|{g.Key.Channel ?? string.Empty}|{g.Key.RiskBand}|{g.Key.IsBreached}|{g.Key.Assignee ?? string.Empty} = {g.Count}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var cells = await db.InboxCounters.AsNoTracking().ToListAsync();
        var kept = cells.Where(c => c.Count != 0)
            .Select(c => $"{c.Queue}|{c.Status}|{c.Priority}|{c.Channel}|{c.RiskBand}|{c.IsBreached}|{c.Assignee} = {c.Count}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.All(cells, c => Assert.True(c.Count >= 0, $"{when}: negative cell"));
        Assert.True(counted.SequenceEqual(kept), $"{when}: counters differ from COUNT(*)\nexpected:\n{string.Join('\n', counted.Except(kept))}\nactual:\n{string.Join('\n', kept.Except(counted))}");
        return kept;
    }
}
