using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Infrastructure.Providers;

namespace SupportOps.CommandCenter.Tests.Providers;

public sealed class SqliteConnectionTuningTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task RegisteredSqliteContext_OpenedConnection_HasBusyTimeoutAndNormalSynchronous()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["CommandCenter:Database:ConnectionString"] = _database.ConnectionString;
        builder.AddApplicationServices();
        await using var provider = builder.Services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();

        await sut.Database.OpenConnectionAsync();

        Assert.Equal(SqliteConnectionTuning.BusyTimeoutMilliseconds, await ScalarAsync(sut, "PRAGMA busy_timeout"));
        Assert.Equal(1, await ScalarAsync(sut, "PRAGMA synchronous")); // NORMAL
    }

    private static async Task<long> ScalarAsync(DbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
