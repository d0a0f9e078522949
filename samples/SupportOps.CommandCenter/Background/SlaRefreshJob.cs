using NodaTime;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Outbox;

namespace SupportOps.CommandCenter.Background;

/// <summary>
/// The periodic SLA and risk refresh: re-evaluates every open ticket's snapshot at the current instant
/// (countdowns, breach flags, risk scores), then asks for an SLA notification scan.
/// </summary>
/// <param name="refresher">Refreshes the snapshots.</param>
/// <param name="trigger">Requests the notification scan.</param>
/// <param name="clock">The clock.</param>
internal sealed class SlaRefreshJob(SnapshotRefresher refresher, JobTrigger trigger, IClock clock) : IBackgroundJob
{
    /// <summary>The job name.</summary>
    public const string JobName = "sla-refresh";

    /// <inheritdoc />
    public string Name => JobName;

    /// <inheritdoc />
    public async Task<string> RunOnceAsync(CancellationToken cancellationToken)
    {
        var refreshed = await refresher.RefreshOpenTicketsAsync(clock.GetCurrentInstant(), cancellationToken: cancellationToken).ConfigureAwait(false);
        trigger.Request(SlaNotificationJob.JobName);
        return $"{refreshed} snapshots refreshed";
    }
}
