using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Infrastructure.Providers;
using SupportOps.CommandCenter.Seeding;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Tests.Providers;

/// <summary>Text sorts and compares by code point on PostgreSQL, as on SQLite and in .NET's ordinal comparison.</summary>
public sealed class PostgreSqlOrderingTests : IAsyncLifetime
{
    private static readonly string[] Ids = ["t-2", "T-10", "T-9", "_x", "a-1", "B-2", "Z", "é-1", "T 1"];
    private TestDatabase? _database;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task OrderByAndCompare_TicketIdsInALinguisticDatabase_AreOrdinal()
    {
        var database = new PostgreSqlTestDatabase();
        _database = database;
        await database.CreateWithLinguisticCollationAsync(); // where "T-10" < "t-2" < "T-9" unless the columns say otherwise
        var anchor = Instant.FromUtc(2026, 3, 10, 15, 0);
        var calculator = new TicketStateCalculator(ApplicationServiceExtensions.CreateSlaEvaluator(Path.Combine(AppContext.BaseDirectory, "Configuration")), new SupportOps.RiskModel.Scoring.RiskScorer());
        var template = SeedGenerator.Generate(new SeedOptions { Seed = 1, Tickets = 1, Days = 1 }, anchor)[0];
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        await new BulkTicketImporter(db, new FakeClock(anchor), calculator, new PostgreSqlBulkRowWriter(), [])
            .ImportAsync(Ids.Select(id => new AppendRequest(id, ExpectedVersion.NoStream, template.Events)));

        var databaseDefault = await db.Database.SqlQueryRaw<string>("SELECT x AS \"Value\" FROM unnest(@p0::text[]) AS x ORDER BY x", [Ids]).ToListAsync();
        Assert.NotEqual(Ids.Order(StringComparer.Ordinal), databaseDefault); // the setup is meaningful: the database's own order is not ordinal

        var ordered = await db.TicketSnapshots.OrderBy(t => t.TicketId).Select(t => t.TicketId).ToListAsync();
        var after = await db.TicketSnapshots.Where(t => t.TicketId.CompareTo("T-9") > 0).Select(t => t.TicketId).ToListAsync();

        Assert.Equal(Ids.Order(StringComparer.Ordinal), ordered);
        Assert.Equal(Ids.Where(id => string.CompareOrdinal(id, "T-9") > 0).Order(StringComparer.Ordinal), after.Order(StringComparer.Ordinal));
    }
}
