using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Tests.Inbox;

public sealed class InboxCounterProjectionTests(SeededCommandCenterFactory factory) : IClassFixture<SeededCommandCenterFactory>
{
    private static readonly string[] Agents = ["agent-a", "agent-b", "agent-c"];
    private static readonly string[] Queues = ["billing", "technical", "vip"];

    [Fact]
    public async Task ApplyAsync_AfterSeedAppendsRefreshesAndARandomWorkload_CountersEqualCountingTheSnapshots()
    {
        _ = factory.CreateClient();
        await AssertCountersMatchSnapshotsAsync("after seeding");
        var refreshesThatMovedTickets = 0;

        var random = new Random(20261127);
        for (var step = 0; step < 120; step++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
            var store = scope.ServiceProvider.GetRequiredService<IEventStore>();
            var now = factory.Clock.GetCurrentInstant();
            if (step % 10 == 4)
            {
                await store.AppendAsync(new AppendRequest($"W-{step}", ExpectedVersion.NoStream, [New(new TicketCreated
                {
                    Subject = "Workload ticket",
                    Channel = (Channel)random.Next(0, 5),
                    Priority = (Priority)random.Next(0, 4),
                    Tier = CustomerTier.Standard,
                    RequesterId = "cust-w",
                    Queue = Queues[random.Next(Queues.Length)],
                }, now, $"w-{step}")]));
                continue;
            }

            if (step % 20 == 19)
            {
                var before = await AssertCountersMatchSnapshotsAsync($"before the refresh at step {step}");
                factory.Clock.Advance(Duration.FromMinutes(random.Next(60, 400)));
                await scope.ServiceProvider.GetRequiredService<SnapshotRefresher>().RefreshOpenTicketsAsync(factory.Clock.GetCurrentInstant(), batchSize: 17);
                var after = await AssertCountersMatchSnapshotsAsync($"after the refresh at step {step}");
                refreshesThatMovedTickets += before.SequenceEqual(after) ? 0 : 1;
                continue;
            }

            var ids = await db.TicketSnapshots.AsNoTracking().Select(t => t.TicketId).OrderBy(t => t).ToListAsync();
            var ticket = ids[random.Next(ids.Count)];
            TicketEvent change = random.Next(6) switch
            {
                0 => new AssigneeChanged { To = random.Next(4) == 0 ? null : Agents[random.Next(Agents.Length)] },
                1 => new StatusChanged { To = (TicketStatus)random.Next(0, 6) },
                2 => new PriorityChanged { To = (Priority)random.Next(0, 4) },
                3 => new QueueChanged { To = Queues[random.Next(Queues.Length)] },
                4 => new CustomerMessage { MessageId = $"m-{step}", AuthorId = "cust", Body = "Any news?", Channel = Channel.Email },
                _ => new AgentPublicReply { MessageId = $"r-{step}", AuthorId = "agent-a", Body = "Looking.", Channel = Channel.Email },
            };
            await store.AppendAsync(new AppendRequest(ticket, ExpectedVersion.Any, [New(change, now, $"step-{step}")]));
            factory.Clock.Advance(Duration.FromMinutes(random.Next(0, 30)));
        }

        await AssertCountersMatchSnapshotsAsync("after the workload");
        Assert.True(refreshesThatMovedTickets > 0, "no refresh moved a ticket to another cell; the test would not notice missing refresh deltas");
    }

    [Fact]
    public async Task ApplyAsync_SnapshotRefreshedAfterAnAppendReadIt_TheAppendsSaveConflictsSoItRetriesFromTheRefreshedCell()
    {
        _ = factory.CreateClient();
        await using var appendScope = factory.Services.CreateAsyncScope();
        await using var refreshScope = factory.Services.CreateAsyncScope();
        var appendDb = appendScope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        var refreshDb = refreshScope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        var id = await appendDb.TicketSnapshots.AsNoTracking().Where(t => t.Status == "open").OrderBy(t => t.TicketId).Select(t => t.TicketId).FirstAsync();
        var readByAppend = await appendDb.TicketSnapshots.SingleAsync(t => t.TicketId == id);

        await refreshDb.TicketSnapshots.Where(t => t.TicketId == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.EvaluatedAtTicks, t => t.EvaluatedAtTicks + 1));
        readByAppend.Subject = "changed by an append that read the snapshot before the refresh";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => appendDb.SaveChangesAsync());
    }

    private async Task<List<string>> AssertCountersMatchSnapshotsAsync(string when)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
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

    private static NewEvent New(TicketEvent e, Instant at, string key) => new()
    {
        Event = e,
        OccurredAt = at,
        Actor = e is CustomerMessage or TicketCreated ? Actor.Customer("cust") : new Actor { Kind = ActorKind.Agent, Id = "agent-a" },
        Source = EventSource.Api,
        DedupeKey = key,
    };
}
