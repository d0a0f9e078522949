using System.Net.Http.Json;
using NodaTime;
using SupportOps.CommandCenter.Routing;

namespace SupportOps.CommandCenter.Tests.Apis;

public sealed partial class RoutingApiTests
{
    [Fact]
    public async Task Override_WithExpiry_WinsUntilItExpires()
    {
        // Its own host: the test moves the clock.
        using var own = new CommandCenterFactory();
        var client = own.CreateClient();
        await TestTickets.CreateAsync(own, "X-1", tags: ["billing"]);
        var expires = CommandCenterFactory.Now + Duration.FromMinutes(30);

        var applied = await (await client.PostAsJsonAsync("/api/v1/tickets/X-1/route/override", new { target = "agent-7", reason = "cover for lunch", expires_at = expires.ToString() }, Json.Options)).ReadAsync<RouteResponse>();
        own.Clock.Advance(Duration.FromMinutes(20));
        var during = await (await client.PostAsync("/api/v1/tickets/X-1/route", null)).ReadAsync<RouteResponse>();
        own.Clock.Advance(Duration.FromMinutes(20));
        var after = await (await client.PostAsync("/api/v1/tickets/X-1/route", null)).ReadAsync<RouteResponse>();

        Assert.Equal("agent-7", applied.Decision.AssigneeId);
        Assert.Equal(applied.Override!.OverrideId, during.Decision.OverrideId);
        Assert.Equal("agent-7", during.Decision.AssigneeId);
        Assert.Null(after.Decision.OverrideId);
        Assert.False(after.Repeat);
        Assert.Equal("agent-3", after.Decision.AssigneeId);
        var view = await (await client.GetAsync("/api/v1/tickets/X-1/route")).ReadAsync<TicketRoutingView>();
        Assert.Null(view.ActiveOverride);
    }
}
