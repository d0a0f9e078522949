using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SupportOps.CommandCenter.Infrastructure.Providers;

/// <summary>Registers the configured database provider: the context (as <see cref="CommandCenterDbContext"/>) and its bulk writer.</summary>
internal static class DatabaseProviderExtensions
{
    /// <summary>
    /// Registers <see cref="CommandCenterDbContext"/> on SQLite, or <see cref="PostgreSqlCommandCenterDbContext"/> behind it on
    /// PostgreSQL, and the provider's <see cref="IBulkRowWriter"/>. An invalid <paramref name="database"/> is reported by options
    /// validation at start-up; resolving the context then throws.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="database">The bound options.</param>
    /// <param name="contentRoot">Where a relative SQLite path starts.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddCommandCenterDatabase(this IServiceCollection services, DatabaseOptions database, string contentRoot)
    {
        if (database.IsPostgreSql)
        {
            services.AddDbContext<CommandCenterDbContext, PostgreSqlCommandCenterDbContext>(options =>
                options.UseNpgsql(database.ConnectionString ?? throw new InvalidOperationException(database.Validate())));
            services.TryAddSingleton<IBulkRowWriter, PostgreSqlBulkRowWriter>();
            services.TryAddSingleton<ISnapshotRefreshWriter, PostgreSqlSnapshotRefreshWriter>();
            return services;
        }

        services.AddDbContext<CommandCenterDbContext>(options =>
        {
            if (database.Validate() is { } problem)
            {
                throw new InvalidOperationException(problem);
            }

            options.UseSqlite(string.IsNullOrWhiteSpace(database.ConnectionString)
                ? $"Data Source={Path.Combine(contentRoot, database.SqlitePath)}"
                : database.ConnectionString)
                .AddInterceptors(SqliteConnectionTuning.Instance);
        });
        services.TryAddSingleton<IBulkRowWriter, SqliteBulkRowWriter>();
        services.TryAddSingleton<ISnapshotRefreshWriter, SqliteSnapshotRefreshWriter>();
        return services;
    }
}
