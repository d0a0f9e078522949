using NodaTime;
using SupportOps.CommandCenter.Apis;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Inbox;

/// <summary>Publishes each committed append of this host instance to the live inbox, with the committed row.</summary>
/// <param name="broadcaster">The live-update fan-out.</param>
/// <param name="clock">The clock the row's countdown is computed against.</param>
internal sealed class InboxAppendObserver(InboxBroadcaster broadcaster, IClock clock) : ITicketAppendObserver
{
    /// <inheritdoc />
    public ValueTask OnAppendedAsync(AppendResult result, TicketSnapshotRecord snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(snapshot);
        broadcaster.Publish(new InboxChange(result.TicketId, result.Version, TicketsApi.ToSummary(snapshot, clock.GetCurrentInstant())));
        return ValueTask.CompletedTask;
    }
}
