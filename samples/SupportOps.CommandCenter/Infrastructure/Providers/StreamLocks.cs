using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace SupportOps.CommandCenter.Infrastructure.Providers;

/// <summary>Serializes writers of the event store where the provider needs help to do it well.</summary>
/// <remarks>
/// <para>SQLite allows one writer per database file. A second <c>BEGIN IMMEDIATE</c> gets <c>SQLITE_BUSY</c>, and
/// Microsoft.Data.Sqlite then retries after 150 ms sleeps, which under concurrent appends turns into
/// second-long tails. <see cref="EnterWriterAsync"/> queues this process's appends on an async gate per
/// database file instead, so each starts the moment the previous one commits. (Other processes and other
/// writers still meet SQLite's own locking, with the busy timeout set by <see cref="SqliteConnectionTuning"/>.)</para>
/// <para>PostgreSQL (read committed) runs writers concurrently: two appends to one stream would both read the same
/// version and the later one fail on the unique index, so under contention a writer could exhaust its retries.
/// <see cref="LockStreamAsync"/> takes a transaction-scoped advisory lock on the ticket id, so they queue instead;
/// it is released at commit or rollback. Appends to different tickets do not wait for each other (up to 64-bit
/// hash collisions, which only serialize).</para>
/// </remarks>
internal static class StreamLocks
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SqliteWriters = new(StringComparer.Ordinal);

    /// <summary>Waits for this process's turn to write to a SQLite database; a no-op handle on other providers.</summary>
    /// <param name="database">The context's database facade, before its transaction begins.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A handle that ends the turn when disposed.</returns>
    public static async Task<IAsyncDisposable> EnterWriterAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        if (!database.IsSqlite())
        {
            return Turn.None;
        }

        var connection = database.GetDbConnection();
        var file = connection.DataSource;
        var key = string.IsNullOrEmpty(file) || file.StartsWith(':') ? connection.ConnectionString : Path.GetFullPath(file);
        var gate = SqliteWriters.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Turn(gate);
    }

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

    private sealed class Turn(SemaphoreSlim? gate) : IAsyncDisposable
    {
        public static readonly Turn None = new(null);

        private SemaphoreSlim? _gate = gate;

        public ValueTask DisposeAsync()
        {
            Interlocked.Exchange(ref _gate, null)?.Release();
            return ValueTask.CompletedTask;
        }
    }
}
