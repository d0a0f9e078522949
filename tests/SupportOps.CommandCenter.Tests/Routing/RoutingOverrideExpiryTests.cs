using System.Net.Http.Json;
using NodaTime;
using SupportOps.CommandCenter.Routing;

namespace SupportOps.CommandCenter.Tests.Routing;

public sealed class RoutingOverrideExpiryTests
{
    [Fact]
    public async Task Override_WithExpiry_WinsUntilItExpires()
    {
        using var factory = new CommandCenterFactory();
        var client = factory.CreateClient();
        await TestTickets.CreateAsync(factory, "X-1", tags: ["billing"]);
        var expires = CommandCenterFactory.Now + Duration.FromMinutes(30);

        var applied = await (await client.PostAsJsonAsync("/api/v1/tickets/X-1/route/override", new { target = "agent-7", reason = "cover for lunch", expires_at = expires.ToString() }, Json.Options)).ReadAsync<RouteResponse>();
        factory.Clock.Advance(Duration.FromMinutes(20));
        var during = await (await client.PostAsync("/api/v1/tickets/X-1/route", null)).ReadAsync<RouteResponse>();
        factory.Clock.Advance(Duration.FromMinutes(20));
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
