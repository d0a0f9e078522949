using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Seeding;

namespace SupportOps.CommandCenter.Settings;

/// <summary>
/// At start-up (after the database is migrated): adds the agent roster when the <c>Agents</c> table is
/// empty and makes the latest stored settings versions active; then, every <see cref="RefreshInterval"/>,
/// adopts settings versions that another host instance saved.
/// </summary>
/// <param name="services">Creates the scopes to work in.</param>
/// <param name="logger">Logs what was done.</param>
internal sealed partial class TicketOpsInitializer(IServiceScopeFactory services, ILogger<TicketOpsInitializer> logger) : BackgroundService
{
    /// <summary>How often stored settings are checked for versions saved elsewhere.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
            var added = await AgentRoster.SeedAsync(db, cancellationToken).ConfigureAwait(false);
            if (added > 0)
            {
                LogRosterSeeded(logger, added);
            }

            await scope.ServiceProvider.GetRequiredService<SettingsStore>().RefreshAsync(cancellationToken).ConfigureAwait(false);
        }

        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RefreshInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await using var scope = services.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<SettingsStore>().RefreshAsync(stoppingToken).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // A failed refresh keeps the active settings; the next tick tries again.
                catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    LogRefreshFailed(logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Added the roster of {Agents} agents to the empty Agents table.")]
    private static partial void LogRosterSeeded(ILogger logger, int agents);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the active settings from the database failed; keeping the current ones.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
