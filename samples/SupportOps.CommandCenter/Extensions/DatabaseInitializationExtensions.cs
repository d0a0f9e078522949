using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Seeding;

namespace SupportOps.CommandCenter.Extensions;

/// <summary>Creates and migrates the database at start-up, and seeds the demo workload into an empty one.</summary>
public static partial class DatabaseInitializationExtensions
{
    /// <summary>Applies pending migrations, then seeds when <see cref="SeedOptions.OnStartup"/> is set and there are no events.</summary>
    /// <param name="app">The application; must not be null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the database is ready.</returns>
    public static async Task InitializeDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CommandCenterDbContext>();
        if (db.Database.IsSqlite() && db.Database.GetDbConnection().DataSource is { Length: > 0 } file && Path.GetDirectoryName(file) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        await services.GetRequiredService<Inbox.InboxCounterRebuilder>().RebuildIfMissingAsync(cancellationToken).ConfigureAwait(false);

        var seed = services.GetRequiredService<IOptions<SeedOptions>>().Value;
        if (!seed.OnStartup || await db.Events.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var now = services.GetRequiredService<IClock>().GetCurrentInstant();
        var requests = SeedGenerator.Generate(seed, now, services.GetRequiredService<Domain.TicketStateCalculator>());

        // The bulk path stores the same rows and runs the same projections as one append per ticket, many tickets per transaction.
        await services.GetRequiredService<BulkTicketImporter>().ImportAsync(requests, cancellationToken: cancellationToken).ConfigureAwait(false);

        LogSeeded(app.Logger, requests.Count, seed.Seed);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Tickets} tickets (seed {Seed}) into the empty database.")]
    private static partial void LogSeeded(ILogger logger, int tickets, int seed);
}
