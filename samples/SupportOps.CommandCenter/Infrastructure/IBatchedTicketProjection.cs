namespace SupportOps.CommandCenter.Infrastructure;

/// <summary>
/// An <see cref="ITicketProjection"/> that, when several appends are saved together in one transaction
/// (<see cref="TicketProjectionContext.IsBatched"/>), accumulates its changes and applies them once, just before
/// that unit of work's <c>SaveChanges</c> and commit.
/// </summary>
/// <remarks>Scoped like the event store: the accumulated state belongs to the one unit of work in progress.</remarks>
internal interface IBatchedTicketProjection : ITicketProjection
{
    /// <summary>Applies or stages everything accumulated since the unit of work began, inside its transaction.</summary>
    /// <param name="db">The context, inside the unit of work's transaction.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the changes are applied or staged.</returns>
    ValueTask FlushAsync(CommandCenterDbContext db, CancellationToken cancellationToken);

    /// <summary>Forgets whatever is accumulated (the unit of work ended, committed or rolled back).</summary>
    void Discard();
}
