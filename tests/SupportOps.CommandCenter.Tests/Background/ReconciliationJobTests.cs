using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.CommandCenter.Background;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Tests.Background;

public sealed class ReconciliationJobTests
{
    [Fact]
    public async Task ReconcileAsync_InjectedDrift_ReportsExactlyTheDriftedTicketsAndRepairsThem()
    {
        using var factory = new WorkerFactory(seeded: 30);
        string[] victims;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
            var ids = await db.TicketSnapshots.OrderBy(t => t.TicketId).Select(t => t.TicketId).ToListAsync();
            victims = [ids[3], ids[11], ids[20]];
            await db.TicketSnapshots.Where(t => t.TicketId == victims[0]).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, "closed"));
            await db.TicketSnapshots.Where(t => t.TicketId == victims[1]).ExecuteUpdateAsync(s => s.SetProperty(t => t.RiskScore, 99.5));
            await db.TicketSnapshots.Where(t => t.TicketId == victims[2]).ExecuteDeleteAsync();
        }

        var run = await ReconcileAsync(factory);

        Assert.Equal(30, run.TicketsChecked);
        Assert.Equal((2, 1), (run.Drifted, run.Missing));
        Assert.Equal(victims.Order(StringComparer.Ordinal), run.DriftedTicketIds.Split(',').Order(StringComparer.Ordinal));
        Assert.NotNull(run.FinishedAtTicks);
        var rerun = await ReconcileAsync(factory);
        Assert.Equal((30, 0, 0, string.Empty), (rerun.TicketsChecked, rerun.Drifted, rerun.Missing, rerun.DriftedTicketIds));
    }

    [Fact]
    public async Task ReconcileAsync_TimePassedWithoutAppends_IsNotDrift()
    {
        using var factory = new WorkerFactory(seeded: 10);
        factory.Clock.Advance(NodaTime.Duration.FromDays(2));

        var run = await ReconcileAsync(factory);

        Assert.Equal((10, 0), (run.TicketsChecked, run.Drifted));
    }

    private static async Task<ReconciliationRunRecord> ReconcileAsync(CommandCenterFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReconciliationJob>().ReconcileAsync();
    }
}
