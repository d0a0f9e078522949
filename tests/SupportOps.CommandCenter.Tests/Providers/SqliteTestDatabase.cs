using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Tests.Providers;

/// <summary>A temporary SQLite file (created on first use), deleted on dispose.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"commandcenter-tests-{Path.GetRandomFileName()}.db");

    public override string Provider => DatabaseOptions.Sqlite;

    public override string ConnectionString => $"Data Source={_path};Default Timeout=30";

    public override CommandCenterDbContext CreateContext(params IInterceptor[] interceptors)
        => new(new DbContextOptionsBuilder<CommandCenterDbContext>().UseSqlite(ConnectionString).AddInterceptors(interceptors).Options);

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }

        return ValueTask.CompletedTask;
    }
}
