using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Seeding;

namespace SupportOps.CommandCenter.Settings;

/// <summary>
/// At start-up (after the database is migrated): adds the agent roster when the <c>Agents</c> table is
/// empty, and makes the latest stored settings versions active.
/// </summary>
/// <param name="services">Creates the scope to work in.</param>
/// <param name="logger">Logs what was done.</param>
internal sealed partial class TicketOpsInitializer(IServiceScopeFactory services, ILogger<TicketOpsInitializer> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        var added = await AgentRoster.SeedAsync(db, cancellationToken).ConfigureAwait(false);
        if (added > 0)
        {
            LogRosterSeeded(logger, added);
        }

        await scope.ServiceProvider.GetRequiredService<SettingsStore>().RefreshAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Added the roster of {Agents} agents to the empty Agents table.")]
    private static partial void LogRosterSeeded(ILogger logger, int agents);
}
