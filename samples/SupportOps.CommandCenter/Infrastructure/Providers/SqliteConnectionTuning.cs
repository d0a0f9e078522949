using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SupportOps.CommandCenter.Infrastructure.Providers;

/// <summary>Sets the per-connection SQLite pragmas the host relies on, whenever EF opens a connection.</summary>
/// <remarks>
/// <para><c>busy_timeout</c>: a writer that finds the database locked waits inside SQLite with short backoffs
/// (1 ms, 2 ms, 5 ms, …) for up to <see cref="BusyTimeoutMilliseconds"/>, instead of failing at once and being
/// retried after Microsoft.Data.Sqlite's 150 ms sleeps.</para>
/// <para><c>synchronous = NORMAL</c>: with the write-ahead log (EF creates SQLite databases in WAL mode) a commit
/// no longer waits for an fsync; the log is synced at checkpoints. The database stays consistent after a crash
/// or power loss, but the last transactions before a power loss may be rolled back: the usual trade for a
/// server workload (the events are the source of truth; ingest adapters resend what was not acknowledged).</para>
/// </remarks>
internal sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    /// <summary>How long a writer waits for the lock before SQLite reports the database busy.</summary>
    public const int BusyTimeoutMilliseconds = 30_000;

    private static readonly string Pragmas = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;");

    public static SqliteConnectionTuning Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
