using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Routing;

namespace SupportOps.CommandCenter.Tests.Apis;

public sealed partial class RoutingApiTests
{
    [Fact]
    public async Task Route_EverySeededTicket_DecidesAndRepeatsWithoutNewEvents()
    {
        // Its own host with the seeded workload: realistic tickets (tags, pending, solved, breached, assigned by people).
        using var seeded = new SeededCommandCenterFactory();
        var client = seeded.CreateClient();
        List<string> ids;
        await using (var scope = seeded.Services.CreateAsyncScope())
        {
            ids = await scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>().TicketSnapshots.Select(t => t.TicketId).OrderBy(t => t).ToListAsync();
        }

        Assert.Equal(SeededCommandCenterFactory.Tickets, ids.Count);
        foreach (var id in ids)
        {
            var preview = await (await client.PostAsync($"/api/v1/tickets/{id}/route/dry-run", null)).ReadAsync<RoutingDecisionView>();
            var first = await client.PostAsync($"/api/v1/tickets/{id}/route", null);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            var routed = await first.ReadAsync<RouteResponse>();
            var again = await (await client.PostAsync($"/api/v1/tickets/{id}/route", null)).ReadAsync<RouteResponse>();

            Assert.Equal(preview.DecisionId, routed.Decision.DecisionId);
            Assert.True(again.Repeat, $"{id}: routing again in the same situation should repeat {routed.Decision.DecisionId}, got {again.Decision.DecisionId}");
            Assert.Equal(routed.Version, again.Version);
        }
    }
}
