using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Inbox;

/// <summary>Keeps the inbox counters in the append transaction: −1 in the ticket's previous cell, +1 in its current one.</summary>
/// <remarks>
/// <para>Registered as an <see cref="ITicketProjection"/>; <see cref="SnapshotRefresher"/> applies the same deltas when a refresh moves a ticket.</para>
/// <para>When several appends are saved together (<see cref="TicketProjectionContext.IsBatched"/>), the deltas of all of them
/// are summed and applied once at the end of the unit of work, so each counter cell is updated once per transaction, in a fixed
/// order (no deadlock between two such transactions), and two tickets entering the same new cell insert it once.</para>
/// </remarks>
internal sealed class InboxCounterProjection : IBatchedTicketProjection
{
    private readonly InboxCounterDeltas _pending = new();

    /// <inheritdoc />
    public async ValueTask ApplyAsync(TicketProjectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.IsBatched)
        {
            _pending.Move(context.Previous, context.Current);
            return;
        }

        var deltas = new InboxCounterDeltas();
        deltas.Move(context.Previous, context.Current);
        await deltas.ApplyAsync(context.Db, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask FlushAsync(CommandCenterDbContext db, CancellationToken cancellationToken)
        => await _pending.ApplyAsync(db, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public void Discard() => _pending.Clear();
}
