using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.CommandCenter.Inbox;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Tests.Inbox;

public sealed class InboxCounterRebuilderTests(SeededCommandCenterFactory factory) : IClassFixture<SeededCommandCenterFactory>
{
    [Fact]
    public async Task RebuildAsync_AfterSeeding_ReproducesTheCountersKeptOnAppend()
    {
        _ = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        var kept = await CellsAsync(db);
        var sut = scope.ServiceProvider.GetRequiredService<InboxCounterRebuilder>();

        var written = await sut.RebuildAsync();

        Assert.Equal(kept, await CellsAsync(db));
        Assert.Equal(kept.Count, written);
        Assert.False(await sut.RebuildIfMissingAsync());
    }

    [Fact]
    public async Task RebuildIfMissingAsync_SnapshotsWithoutCounters_Rebuilds()
    {
        _ = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        var kept = await CellsAsync(db);
        await db.InboxCounters.ExecuteDeleteAsync();

        Assert.True(await scope.ServiceProvider.GetRequiredService<InboxCounterRebuilder>().RebuildIfMissingAsync());

        Assert.Equal(kept, await CellsAsync(db));
        Assert.Equal(SeededCommandCenterFactory.Tickets, kept.Sum(c => c.Count));
    }

    private static async Task<List<(string, string, string, string, string, bool, string, long Count)>> CellsAsync(CommandCenterDbContext db)
        => [.. (await db.InboxCounters.AsNoTracking().Where(c => c.Count != 0).ToListAsync())
            .Select(c => (c.Queue, c.Status, c.Priority, c.Channel, c.RiskBand, c.IsBreached, c.Assignee, c.Count))
            .Order()];
}
