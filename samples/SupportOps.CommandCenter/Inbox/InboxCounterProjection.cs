using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Inbox;

/// <summary>Keeps the inbox counters in the append transaction: −1 in the ticket's previous cell, +1 in its current one.</summary>
/// <remarks>Registered as an <see cref="ITicketProjection"/>; <see cref="SnapshotRefresher"/> applies the same deltas when a refresh moves a ticket.</remarks>
internal sealed class InboxCounterProjection : ITicketProjection
{
    /// <inheritdoc />
    public async ValueTask ApplyAsync(TicketProjectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var deltas = new InboxCounterDeltas();
        deltas.Move(context.Previous, context.Current);
        await deltas.ApplyAsync(context.Db, cancellationToken).ConfigureAwait(false);
    }
}
