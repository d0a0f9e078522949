using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.CommandCenter.Background;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Outbox;
using SupportOps.CommandCenter.Tests.Outbox;
using SupportOps.Adapters.Outbox;

namespace SupportOps.CommandCenter.Tests.Background;

/// <summary>Two host instances on one SQLite file run the periodic jobs at the same time.</summary>
public sealed class TwoInstancesTests : IDisposable
{
    private readonly string _path = WorkerFactory.NewDatabasePath();
    private readonly WorkerFactory _a;
    private readonly WorkerFactory _b;

    public TwoInstancesTests()
    {
        _a = new WorkerFactory("instance-a", _path, seeded: 40);
        _ = _a.Services; // starts host A: migrates and seeds the shared file
        using (var scope = _a.Services.CreateScope())
        {
            // Write-ahead logging lets readers and the one writer overlap, as a multi-instance SQLite deployment should.
            scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>().Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }

        _b = new WorkerFactory("instance-b", _path);
        _ = _b.Services;
    }

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
        WorkerFactory.DeleteDatabase(_path);
    }

    [Fact]
    public async Task PeriodicJobs_OnTwoInstancesConcurrently_SendEveryNotificationOnceAndTheWeeklyReportOnce()
    {
        await Task.WhenAll(RunJobsAsync(_a), RunJobsAsync(_b));

        var delivered = _a.Services.GetRequiredService<MockNotificationLog>().Delivered
            .Concat(_b.Services.GetRequiredService<MockNotificationLog>().Delivered)
            .Select(m => m.MessageKey)
            .ToList();
        await using var scope = _a.Services.CreateAsyncScope();
        var outbox = await scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>().OutboxMessages.AsNoTracking().ToListAsync();
        Assert.True(outbox.Count > 20, $"only {outbox.Count} notifications: the seeded SLA scenarios should raise more");
        Assert.All(outbox, m => Assert.Equal(OutboxStatus.Sent, m.Status));
        Assert.Equal(delivered.Count, delivered.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(outbox.Select(m => m.MessageKey).Order(StringComparer.Ordinal), delivered.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["executive-report:2026-03-09:email", "executive-report:2026-03-09:slack"],
            delivered.Where(k => k.StartsWith("executive-report:", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OutboxDispatch_BypassingTheLeaseOnBothInstances_StillNeverSendsAMessageTwice()
    {
        await OutboxDispatchJobTests.EnqueueAsync(_a, [.. Enumerable.Range(1, 40).Select(i => OutboxDispatchJobTests.Message($"m{i}", i % 2 == 0 ? OutboxChannel.Slack : OutboxChannel.Email))]);

        // Both dispatchers claim from the same rows at the same time; only the claim protects them.
        await Task.WhenAll(DrainAsync(_a), DrainAsync(_b));

        var a = _a.Services.GetRequiredService<MockNotificationLog>().Delivered.Select(m => m.MessageKey).ToList();
        var b = _b.Services.GetRequiredService<MockNotificationLog>().Delivered.Select(m => m.MessageKey).ToList();
        Assert.Equal(40, a.Count + b.Count);
        Assert.Empty(a.Intersect(b, StringComparer.Ordinal));
        Assert.Equal(a.Count, a.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(b.Count, b.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task RunOnceAsync_WhileTheOtherInstanceHoldsTheLease_DoesNotRunTheJob()
    {
        await using (var scope = _a.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<LeaseManager>().TryAcquireAsync("job:reconciliation", "instance-a", NodaTime.Duration.FromMinutes(2), _a.Clock.GetCurrentInstant()));
        }

        var outcome = await _b.Services.GetRequiredService<LeasedJobRunner>().RunOnceAsync<ReconciliationJob>();

        Assert.Equal(JobRunOutcome.LeaseHeldElsewhere, outcome);
        await using var check = _b.Services.CreateAsyncScope();
        Assert.Equal(0, await check.ServiceProvider.GetRequiredService<CommandCenterDbContext>().ReconciliationRuns.CountAsync());

        // Host A dies without releasing; after the lease expires, B takes the job over.
        _b.Clock.Advance(NodaTime.Duration.FromMinutes(2));
        Assert.Equal(JobRunOutcome.Ran, await _b.Services.GetRequiredService<LeasedJobRunner>().RunOnceAsync<ReconciliationJob>());
        Assert.Equal("instance-b", (await check.ServiceProvider.GetRequiredService<CommandCenterDbContext>().ReconciliationRuns.AsNoTracking().SingleAsync()).Instance);
    }

    private static async Task RunJobsAsync(WorkerFactory host)
    {
        var runner = host.Services.GetRequiredService<LeasedJobRunner>();
        for (var round = 0; round < 6; round++)
        {
            await runner.RunOnceAsync<SlaNotificationJob>();
            await runner.RunOnceAsync<ExecutiveReportJob>();
            await runner.RunOnceAsync<OutboxDispatchJob>();
            await Task.Yield();
        }

        await DrainAsync(host);
    }

    private static async Task DrainAsync(WorkerFactory host)
    {
        for (var pass = 0; pass < 50; pass++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<OutboxDispatchJob>().DispatchAsync();
            if (result.Claimed == 0)
            {
                var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
                if (!await db.OutboxMessages.AnyAsync(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Dispatching))
                {
                    return;
                }

                await Task.Delay(10);
            }
        }
    }
}
