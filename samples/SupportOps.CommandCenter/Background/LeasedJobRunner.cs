using Microsoft.Extensions.Options;
using NodaTime;

namespace SupportOps.CommandCenter.Background;

/// <summary>
/// Runs a job once under its database lease: claim <c>job:{name}</c>, renew it every third of the lease
/// while the job runs (cancelling the job if a renewal fails), release it afterwards.
/// </summary>
/// <remarks>
/// <para>If this instance dies mid-run, the lease expires after <see cref="BackgroundOptions.LeaseDuration"/>
/// and another instance takes the job over. Jobs are written so that a repeated or overlapping run is
/// harmless (idempotent outbox keys, dedupe keys, version-checked snapshots); the lease makes overlap rare
/// rather than being the only guard.</para>
/// <para>Singleton and thread-safe: each run gets its own scope and database context.</para>
/// </remarks>
/// <param name="scopes">Creates a scope per run.</param>
/// <param name="clock">The clock for lease instants.</param>
/// <param name="timeProvider">Paces lease renewal.</param>
/// <param name="identity">This instance's id.</param>
/// <param name="options">The lease duration.</param>
/// <param name="logger">Logs runs and lease changes.</param>
public sealed partial class LeasedJobRunner(
    IServiceScopeFactory scopes,
    IClock clock,
    TimeProvider timeProvider,
    InstanceIdentity identity,
    IOptions<BackgroundOptions> options,
    ILogger<LeasedJobRunner> logger)
{
    /// <summary>Runs <typeparamref name="TJob"/> once if this instance can take its lease.</summary>
    /// <typeparam name="TJob">The job, registered as a scoped service.</typeparam>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>Whether the job ran here.</returns>
    /// <exception cref="InvalidOperationException"><typeparamref name="TJob"/> is not registered.</exception>
    public async Task<JobRunOutcome> RunOnceAsync<TJob>(CancellationToken cancellationToken = default)
        where TJob : class, IBackgroundJob
    {
        var lease = options.Value.Lease;
        await using var scope = scopes.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<TJob>();
        var name = $"job:{job.Name}";
        var leases = scope.ServiceProvider.GetRequiredService<LeaseManager>();
        if (!await leases.TryAcquireAsync(name, identity.Id, lease, clock.GetCurrentInstant(), cancellationToken).ConfigureAwait(false))
        {
            return JobRunOutcome.LeaseHeldElsewhere;
        }

        using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var stopRenewing = new CancellationTokenSource();
        var renewal = RenewWhileRunningAsync(name, lease, running, stopRenewing.Token);
        try
        {
            var summary = await job.RunOnceAsync(running.Token).ConfigureAwait(false);
            LogRan(logger, job.Name, identity.Id, summary);
            return JobRunOutcome.Ran;
        }
        catch (OperationCanceledException) when (running.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogLeaseLost(logger, job.Name, identity.Id);
            return JobRunOutcome.LeaseLost;
        }
        finally
        {
            await stopRenewing.CancelAsync().ConfigureAwait(false);
            await renewal.ConfigureAwait(false);
            await using var releaseScope = scopes.CreateAsyncScope();
            await releaseScope.ServiceProvider.GetRequiredService<LeaseManager>()
                .ReleaseAsync(name, identity.Id, clock.GetCurrentInstant(), CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task RenewWhileRunningAsync(string name, Duration lease, CancellationTokenSource running, CancellationToken stop)
    {
        var period = (lease / 3).ToTimeSpan();
        try
        {
            while (true)
            {
                await Task.Delay(period, timeProvider, stop).ConfigureAwait(false);
                await using var scope = scopes.CreateAsyncScope();
                var renewed = await scope.ServiceProvider.GetRequiredService<LeaseManager>()
                    .TryRenewAsync(name, identity.Id, lease, clock.GetCurrentInstant(), stop).ConfigureAwait(false);
                if (!renewed)
                {
                    await running.CancelAsync().ConfigureAwait(false);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The job finished.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Job {Job} ran on {Instance}: {Summary}")]
    private static partial void LogRan(ILogger logger, string job, string instance, string summary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job} on {Instance} lost its lease and was cancelled.")]
    private static partial void LogLeaseLost(ILogger logger, string job, string instance);
}
