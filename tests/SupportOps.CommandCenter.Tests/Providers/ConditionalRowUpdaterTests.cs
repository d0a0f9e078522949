using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Extensions;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Infrastructure.Providers;
using SupportOps.CommandCenter.Seeding;

namespace SupportOps.CommandCenter.Tests.Providers;

public sealed class ConditionalRowUpdaterTests
{
    private static readonly Instant Anchor = Instant.FromUtc(2026, 3, 10, 15, 0);
    private static readonly TicketStateCalculator Calculator = new(
        ApplicationServiceExtensions.CreateSlaEvaluator(Path.Combine(AppContext.BaseDirectory, "Configuration")), new SupportOps.RiskModel.Scoring.RiskScorer());

    [Fact]
    public Task UpdateAsync_Sqlite_UpdatesOnlyRowsWhoseTokenStillMatches() => UpdatesOnlyRowsWhoseTokenStillMatchesAsync(new SqliteTestDatabase());

    [SkippableFact]
    public Task UpdateAsync_PostgreSql_UpdatesOnlyRowsWhoseTokenStillMatches() => UpdatesOnlyRowsWhoseTokenStillMatchesAsync(new PostgreSqlTestDatabase());

    private static async Task UpdatesOnlyRowsWhoseTokenStillMatchesAsync(TestDatabase database)
    {
        await using var _ = database;
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        var writer = database.Provider == DatabaseOptions.PostgreSql ? (IBulkRowWriter)new PostgreSqlBulkRowWriter() : new SqliteBulkRowWriter();
        var requests = SeedGenerator.Generate(new SeedOptions { Seed = 2, Tickets = 3, Days = 2 }, Anchor);
        await new BulkTicketImporter(db, new FakeClock(Anchor), Calculator, writer, []).ImportAsync(requests);
        var rows = await db.TicketSnapshots.AsNoTracking().OrderBy(t => t.TicketId).ToListAsync();
        var changed = rows.Select(r => { var copy = (TicketSnapshotRecord)db.Entry(r).CurrentValues.ToObject(); copy.Subject = "changed " + r.TicketId; copy.RiskScore = 42; copy.Assignee = null; copy.SlaTimerKind = null; return copy; }).ToList();

        int updated;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            updated = await ConditionalRowUpdater.UpdateAsync(db, [(changed[0], (object)rows[0].Version), (changed[1], (object)(rows[1].Version + 1)), (changed[2], (object)rows[2].Version)], CancellationToken.None);
            await transaction.CommitAsync();
        }

        var after = await db.TicketSnapshots.AsNoTracking().OrderBy(t => t.TicketId).ToListAsync();
        Assert.Equal(2, updated);
        Assert.Equal(["changed " + rows[0].TicketId, rows[1].Subject, "changed " + rows[2].TicketId], after.Select(r => r.Subject));
        Assert.Equal([42.0, rows[1].RiskScore, 42.0], after.Select(r => r.RiskScore));
        Assert.Equal([null, rows[1].Assignee, null], after.Select(r => r.Assignee)); // a null in the first row still prepares
    }
}
