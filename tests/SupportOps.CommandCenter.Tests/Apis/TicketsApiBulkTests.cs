using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.CommandCenter.Inbox;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Models;

namespace SupportOps.CommandCenter.Tests.Apis;

public sealed class TicketsApiBulkTests(SeededCommandCenterFactory factory) : IClassFixture<SeededCommandCenterFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Bulk_AssignWithMixedOutcomes_AppendsOncePerFoundTicketAndReportsEach()
    {
        var open = await OpenTicketsAsync(3);
        var stale = open[2];
        var body = new
        {
            action = "assign",
            ticket_ids = new[] { open[0].TicketId, "T-NOPE", open[1].TicketId, stale.TicketId },
            target = "agent-bulk",
            reason = "Rebalancing",
            request_id = "bulk-1",
            expected_versions = new Dictionary<string, long> { [open[1].TicketId] = open[1].Version, [stale.TicketId] = stale.Version - 1 },
        };

        var response = await _client.PostAsJsonAsync("/api/v1/tickets/bulk", body, Json.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.ReadAsync<BulkActionResponse>();
        Assert.Equal(["ok", "not_found", "ok", "conflict"], result.Results.Select(r => r.Outcome));
        Assert.Equal((2, 1, 1), (result.Ok, result.Conflicts, result.NotFound));
        Assert.Equal(body.ticket_ids, result.Results.Select(r => r.TicketId));
        Assert.Equal(open[0].Version + 2, result.Results[0].Version); // assignee_changed and the reason as an internal note
        Assert.Equal(stale.Version, result.Results[3].Version);
        Assert.Equal("agent-bulk", (await TicketAsync(open[0].TicketId)).Assignee);
        Assert.Equal("agent-bulk", (await TicketAsync(open[1].TicketId)).Assignee);
        var detail = await (await _client.GetAsync($"/api/v1/tickets/{open[0].TicketId}")).ReadAsync<TicketDetail>();
        Assert.Equal("assignee_changed", detail.Events[^2].GetProperty("event").GetProperty("type").GetString());
        Assert.Contains("Rebalancing", detail.Events[^1].GetProperty("event").GetProperty("body").GetString(), StringComparison.Ordinal);
        var untouched = await TicketAsync(stale.TicketId);
        Assert.Equal((stale.Version, stale.Assignee), (untouched.Version, untouched.Assignee));
    }

    [Fact]
    public async Task Bulk_SameRequestIdAgain_WritesNothingTwice()
    {
        var open = await OpenTicketsAsync(5);
        var ids = new[] { open[3].TicketId, open[4].TicketId };
        var body = new { action = "escalate", ticket_ids = ids, target = "tier-2", reason = "Customer is a VIP", request_id = "bulk-2" };

        var first = await (await _client.PostAsJsonAsync("/api/v1/tickets/bulk", body, Json.Options)).ReadAsync<BulkActionResponse>();
        var again = await (await _client.PostAsJsonAsync("/api/v1/tickets/bulk", body, Json.Options)).ReadAsync<BulkActionResponse>();

        Assert.All(first.Results, r => Assert.Equal(("ok", false), (r.Outcome, r.Duplicate)));
        Assert.All(again.Results, r => Assert.Equal(("ok", true), (r.Outcome, r.Duplicate)));
        Assert.Equal(first.Results.Select(r => r.Version), again.Results.Select(r => r.Version));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        Assert.Equal(2, await db.Events.CountAsync(e => ids.Contains(e.TicketId) && e.EventType == "escalated" && e.DedupeKey == "bulk:bulk-2:escalate"));
    }

    [Theory]
    [InlineData("""{"action":"close","ticket_ids":["X"],"target":"a","request_id":"r"}""", "action")]
    [InlineData("""{"action":"assign","ticket_ids":[],"target":"a","request_id":"r"}""", "ticket_ids")]
    [InlineData("""{"action":"assign","ticket_ids":["X","X"],"target":"a","request_id":"r"}""", "ticket_ids")]
    [InlineData("""{"action":"assign","ticket_ids":["X"],"request_id":"r"}""", "target")]
    [InlineData("""{"action":"escalate","ticket_ids":["X"],"request_id":"r"}""", "reason")]
    [InlineData("""{"action":"assign","ticket_ids":["X"],"target":"a"}""", "request_id")]
    [InlineData("""{"action":"assign","ticket_ids":["X"],"target":"a","request_id":"r","expected_versions":{"Y":1}}""", "expected_versions")]
    [InlineData("""{"action":"assign","ticket_ids":"X"}""", "ticket_ids")]
    public async Task Bulk_InvalidRequest_Returns400NamingTheFieldAndWritesNothing(string body, string field)
    {
        var before = await EventCountAsync();

        var response = await _client.PostAsync("/api/v1/tickets/bulk", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task Bulk_MoreThan200Tickets_Returns400AndWritesNothing()
    {
        var open = await OpenTicketsAsync(1);
        var before = await EventCountAsync();
        var ids = Enumerable.Range(0, 200).Select(i => $"T-X{i}").Append(open[0].TicketId).ToArray();

        var response = await _client.PostAsJsonAsync("/api/v1/tickets/bulk", new { action = "assign", ticket_ids = ids, target = "a", request_id = "too-many" }, Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task Bulk_Executive_IsForbiddenAndAgentIsAllowed()
    {
        var body = JsonContent.Create(new { action = "assign", ticket_ids = new[] { "T-NOPE" }, target = "a", request_id = "roles" }, options: Json.Options);
        using var executive = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets/bulk") { Content = body };
        executive.Headers.Add(TestAuthenticationHandler.RoleHeader, "Executive");
        using var agent = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets/bulk") { Content = JsonContent.Create(new { action = "assign", ticket_ids = new[] { "T-NOPE" }, target = "a", request_id = "roles" }, options: Json.Options) };
        agent.Headers.Add(TestAuthenticationHandler.RoleHeader, "Agent");

        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(executive)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(agent)).StatusCode);
    }

    private async Task<List<TicketSummary>> OpenTicketsAsync(int count)
        => [.. (await (await _client.GetAsync("/api/v1/tickets?limit=200&status=open&sort=created")).ReadAsync<TicketPage>()).Items.Take(count)];

    private async Task<TicketSummary> TicketAsync(string id)
        => (await (await _client.GetAsync($"/api/v1/tickets/{id}")).ReadAsync<TicketDetail>()).Ticket;

    private async Task<int> EventCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>().Events.CountAsync();
    }
}
