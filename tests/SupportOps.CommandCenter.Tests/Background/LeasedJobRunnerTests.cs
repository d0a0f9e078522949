using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.CommandCenter.Background;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Tests.Background;

public sealed class LeasedJobRunnerTests
{
    [Fact]
    public async Task RunOnceAsync_FreeLease_RunsTheJobAndReleasesTheLeaseAfterwards()
    {
        using var factory = new WorkerFactory(services: s => s.AddScoped<CountingJob>());

        var outcome = await factory.Services.GetRequiredService<LeasedJobRunner>().RunOnceAsync<CountingJob>();

        Assert.Equal(JobRunOutcome.Ran, outcome);
        Assert.Equal(1, CountingJob.Runs);
        var lease = await LeaseAsync(factory);
        Assert.Equal(("test-instance", factory.Clock.GetCurrentInstant().ToUnixTimeTicks()), (lease.Owner, lease.ExpiresAtTicks));
    }

    [Fact]
    public async Task RunOnceAsync_LeaseTakenOverWhileTheJobRuns_CancelsTheJobAndReportsLeaseLost()
    {
        using var factory = new WorkerFactory(
            settings: new Dictionary<string, string?> { ["CommandCenter:Background:LeaseDuration"] = "00:00:03" },
            services: s => s.AddScoped<BlockingJob>());
        var run = factory.Services.GetRequiredService<LeasedJobRunner>().RunOnceAsync<BlockingJob>();
        await BlockingJob.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // The lease expires (this instance looked dead) and another instance takes it; the next renewal (after 1 s) fails.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>().Leases
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, "other-instance"));
        }

        Assert.Equal(JobRunOutcome.LeaseLost, await run.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(BlockingJob.Cancelled);
        Assert.Equal("other-instance", (await LeaseAsync(factory)).Owner);
    }

    private static async Task<LeaseRecord> LeaseAsync(CommandCenterFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>().Leases.AsNoTracking().SingleAsync();
    }

    private sealed class CountingJob : IBackgroundJob
    {
        public static int Runs { get; private set; }

        public string Name => "counting";

        public Task<string> RunOnceAsync(CancellationToken cancellationToken)
        {
            Runs++;
            return Task.FromResult("counted");
        }
    }

    private sealed class BlockingJob : IBackgroundJob
    {
        public static TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public static bool Cancelled { get; private set; }

        public string Name => "blocking";

        public async Task<string> RunOnceAsync(CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(60), cancellationToken);
                return "not cancelled";
            }
            catch (OperationCanceledException)
            {
                Cancelled = true;
                throw;
            }
        }
    }
}
