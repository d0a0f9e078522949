using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Outbox;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Background;

/// <summary>
/// After each committed append, asks for an SLA notification scan soon (appends within
/// <see cref="BackgroundOptions.AppendNudgeDelay"/> share one scan). The append itself already
/// recomputed the ticket's snapshot in its transaction.
/// </summary>
/// <param name="trigger">Requests the scan.</param>
internal sealed class AppendNudgeObserver(JobTrigger trigger) : ITicketAppendObserver
{
    public ValueTask OnAppendedAsync(AppendResult result, TicketSnapshotRecord snapshot, CancellationToken cancellationToken)
    {
        trigger.Request(SlaNotificationJob.JobName);
        return ValueTask.CompletedTask;
    }
}
