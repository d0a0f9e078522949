using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Infrastructure.Providers;

namespace SupportOps.CommandCenter.Tests.Providers;

/// <summary>
/// A uniquely named database on the test PostgreSQL server, dropped on dispose. The database itself is
/// created by the first migration (the test role may create databases).
/// </summary>
/// <remarks>
/// <para>The server comes from the environment variable <see cref="EnvironmentVariable"/> (an Npgsql
/// connection string) or from the file <see cref="ConnectionFile"/> that <c>.ci/services</c> writes at
/// the repository root. Either one is the CI marker: with it, an unreachable server fails the tests.
/// Without either, the PostgreSQL tests are skipped (a laptop may have no PostgreSQL).</para>
/// </remarks>
public sealed class PostgreSqlTestDatabase : TestDatabase
{
    public const string EnvironmentVariable = "SUPPORTOPS_TEST_POSTGRES";
    public const string ConnectionFile = "artifacts/postgres-test-connection.txt";

    public const string SkipReason =
        $"PostgreSQL is not configured: set {EnvironmentVariable} to an Npgsql connection string of a role that may create databases, or run .ci/services (which writes {ConnectionFile}).";

    private static readonly Lazy<string?> Server = new(FindServer);

    public PostgreSqlTestDatabase()
    {
        SkipUnlessConfigured();
        ConnectionString = new NpgsqlConnectionStringBuilder(Server.Value)
        {
            Database = string.Create(CultureInfo.InvariantCulture, $"cc_test_{Path.GetRandomFileName().Replace(".", string.Empty, StringComparison.Ordinal)}"),
            Pooling = true,
        }.ConnectionString;
    }

    /// <summary>Gets the server's connection string, or null when PostgreSQL is not configured.</summary>
    public static string? ServerConnectionString => Server.Value;

    public override string Provider => DatabaseOptions.PostgreSql;

    public override string ConnectionString { get; }

    /// <summary>Skips the current test (it must be a <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>) when PostgreSQL is not configured.</summary>
    public static void SkipUnlessConfigured() => Skip.If(Server.Value is null, SkipReason);

    public override CommandCenterDbContext CreateContext(params IInterceptor[] interceptors)
        => new PostgreSqlCommandCenterDbContext(new DbContextOptionsBuilder<PostgreSqlCommandCenterDbContext>().UseNpgsql(ConnectionString).AddInterceptors(interceptors).Options);

    /// <summary>
    /// Creates the database now, with a linguistic (ICU en-US) default collation instead of the server's, so
    /// tests can show that nothing depends on the server's locale.
    /// </summary>
    public async Task CreateWithLinguisticCollationAsync()
    {
        var database = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await using var admin = new NpgsqlConnection(Server.Value);
        await admin.OpenAsync();
        await using var create = admin.CreateCommand();
        create.CommandText = $"CREATE DATABASE \"{database}\" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'";
        await create.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        var database = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await using var admin = new NpgsqlConnection(Server.Value);
        await admin.OpenAsync();
        await using var drop = admin.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }

    private static string? FindServer()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var file = Path.Combine(directory.FullName, ConnectionFile);
            if (File.Exists(file))
            {
                return File.ReadAllText(file).Trim();
            }
        }

        return null;
    }
}
