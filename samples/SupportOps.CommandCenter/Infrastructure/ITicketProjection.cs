namespace SupportOps.CommandCenter.Infrastructure;

/// <summary>
/// A read model kept up to date inside the append transaction (queue and view counters, daily
/// rollups, ...). Every registered projection runs after the ticket's snapshot row is computed and
/// before the transaction commits, so it commits or rolls back with the events.
/// </summary>
/// <remarks>
/// <para>Implementations add or change entities on <see cref="TicketProjectionContext.Db"/> and must
/// not call <c>SaveChanges</c> themselves. They must be deterministic functions of the context (the
/// reconciliation job rebuilds them from events).</para>
/// </remarks>
public interface ITicketProjection
{
    /// <summary>Applies one append to the read model.</summary>
    /// <param name="context">The append: previous and new snapshot, the events appended.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the changes are staged on the context.</returns>
    ValueTask ApplyAsync(TicketProjectionContext context, CancellationToken cancellationToken);
}
