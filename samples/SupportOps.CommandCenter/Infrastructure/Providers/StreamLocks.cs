using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace SupportOps.CommandCenter.Infrastructure.Providers;

/// <summary>Serializes writers of one ticket stream inside their transactions, where the provider needs it.</summary>
/// <remarks>
/// <para>SQLite: nothing to do, a write transaction (<c>BEGIN IMMEDIATE</c>) already excludes every other writer.
/// PostgreSQL (read committed): two appends to one stream would both read the same version and the later one
/// fail on the unique index, so under contention a writer could exhaust its retries. A transaction-scoped
/// advisory lock on the ticket id makes them queue instead; it is released at commit or rollback. Appends to
/// different tickets do not wait for each other (up to 64-bit hash collisions, which only serialize).</para>
/// </remarks>
internal static class StreamLocks
{
    /// <summary>Takes the stream's lock for the rest of the current transaction (PostgreSQL), or does nothing.</summary>
    /// <param name="database">The context's database facade, with a transaction open.</param>
    /// <param name="ticketId">The stream.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the lock is held.</returns>
    public static async Task LockStreamAsync(DatabaseFacade database, string ticketId, CancellationToken cancellationToken)
    {
        if (database.IsNpgsql())
        {
            await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({ticketId}, 0))", cancellationToken).ConfigureAwait(false);
        }
    }
}
