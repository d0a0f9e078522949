namespace SupportOps.CommandCenter.Audit;

/// <summary>Writes the audit log. Scoped: it works on the request's <c>CommandCenterDbContext</c>.</summary>
public interface IAuditLog
{
    /// <summary>
    /// Adds an entry to the request's context without saving it, so it commits with the caller's own
    /// <c>SaveChanges</c> (and rolls back with it). Use this inside a transaction or an <c>ITicketProjection</c>.
    /// </summary>
    /// <param name="entry">The entry; must not be null.</param>
    void Stage(AuditEntry entry);

    /// <summary>Adds an entry and saves it at once.</summary>
    /// <param name="entry">The entry; must not be null.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when the entry is stored.</returns>
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken);
}
