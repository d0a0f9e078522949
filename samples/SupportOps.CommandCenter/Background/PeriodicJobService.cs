using Microsoft.Extensions.Options;

namespace SupportOps.CommandCenter.Background;

/// <summary>
/// Runs one job every interval (or sooner when <see cref="JobTrigger"/> asks), each time under its
/// lease through <see cref="LeasedJobRunner"/>. A failed run is logged and the loop goes on.
/// </summary>
/// <typeparam name="TJob">The job.</typeparam>
/// <param name="runner">Runs the job under its lease.</param>
/// <param name="trigger">Wakes the loop early.</param>
/// <param name="timeProvider">Paces the loop.</param>
/// <param name="options">Whether background work is enabled.</param>
/// <param name="schedule">The job's name, interval and nudge delay.</param>
/// <param name="logger">Logs failed runs.</param>
internal sealed partial class PeriodicJobService<TJob>(
    LeasedJobRunner runner,
    JobTrigger trigger,
    TimeProvider timeProvider,
    IOptions<BackgroundOptions> options,
    JobSchedule<TJob> schedule,
    ILogger<PeriodicJobService<TJob>> logger) : BackgroundService
    where TJob : class, IBackgroundJob
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunOnceAsync<TJob>(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A background loop must survive a failed run; the next one retries.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogFailed(logger, exception, schedule.Name);
            }

            try
            {
                using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var requested = trigger.WaitAsync(schedule.Name, wake.Token);
                var elapsed = Task.Delay(schedule.Interval(options.Value), timeProvider, wake.Token);
                var first = await Task.WhenAny(requested, elapsed).ConfigureAwait(false);
                await wake.CancelAsync().ConfigureAwait(false);
                stoppingToken.ThrowIfCancellationRequested();
                if (first == requested && schedule.NudgeDelay(options.Value) is { } delay)
                {
                    await Task.Delay(delay, timeProvider, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Background job {Job} failed; it runs again at its next interval.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job);
}
