using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NodaTime;
using SupportOps.CommandCenter.Audit;
using SupportOps.CommandCenter.Routing;
using SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Tests.Apis;

public sealed partial class RoutingApiTests(CommandCenterFactory factory) : IClassFixture<CommandCenterFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Route_BillingTicket_AssignsTheOnlyEligibleBillingAgentAndAppendsEvents()
    {
        await TestTickets.CreateAsync(factory, "R-1", tags: ["billing"]);

        var response = await _client.PostAsync("/api/v1/tickets/R-1/route", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.ReadAsync<RouteResponse>();
        Assert.False(result.Repeat);
        Assert.Equal("R3", result.Decision.RuleId);
        Assert.Equal("billing", result.Decision.Queue);

        // agent-3 (Chicago, on shift) has billing; agent-6 is away and agent-7 (Stockholm) is off shift at 16:00.
        Assert.Equal("agent-3", result.Decision.AssigneeId);
        Assert.Contains(result.Decision.Alternatives, a => a is { Kind: "agent", Id: "agent-6", Reason: "away" });
        Assert.Contains(result.Decision.Alternatives, a => a is { Kind: "agent", Id: "agent-7", Reason: "off_shift" });
        Assert.Equal(3, result.EventsAppended);
        var events = await TestTickets.ReadAsync(factory, "R-1");
        Assert.Equal(["ticket_created", "customer_message", "routing_decided", "assignee_changed", "queue_changed"], events.Select(e => e.Event.WireName));
        Assert.Equal(result.Decision.DecisionId, ((RoutingDecided)events[2].Event).DecisionId);
        Assert.Equal(result.Version, events[^1].Version);
    }

    [Fact]
    public async Task Route_SameInputsTwice_SecondIsARepeatWithNoNewEvent()
    {
        await TestTickets.CreateAsync(factory, "R-2", tags: ["bug"]);
        var first = await (await _client.PostAsync("/api/v1/tickets/R-2/route", null)).ReadAsync<RouteResponse>();

        var second = await (await _client.PostAsync("/api/v1/tickets/R-2/route", null)).ReadAsync<RouteResponse>();

        Assert.True(second.Repeat);
        Assert.Equal(0, second.EventsAppended);
        Assert.Equal(first.Version, second.Version);
        Assert.Equal(first.Decision.DecisionId, second.Decision.DecisionId);
        Assert.Equal(first.Version, (await TestTickets.ReadAsync(factory, "R-2")).Count);
    }

    [Fact]
    public async Task Route_AfterTheSituationChanges_DecidesAgain()
    {
        await TestTickets.CreateAsync(factory, "R-3", tags: ["bug"]);
        var first = await (await _client.PostAsync("/api/v1/tickets/R-3/route", null)).ReadAsync<RouteResponse>();
        await TestTickets.CreateAsync(factory, "R-3b", tags: ["bug"], assignee: first.Decision.AssigneeId);

        var second = await (await _client.PostAsync("/api/v1/tickets/R-3/route", null)).ReadAsync<RouteResponse>();

        Assert.False(second.Repeat);
        Assert.NotEqual(first.Decision.InputsHash, second.Decision.InputsHash);
        Assert.True(second.EventsAppended >= 1);
    }

    [Fact]
    public async Task DryRun_StoresNothing()
    {
        await TestTickets.CreateAsync(factory, "R-4", tags: ["billing"]);

        var response = await _client.PostAsync("/api/v1/tickets/R-4/route/dry-run", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var decision = await response.ReadAsync<RoutingDecisionView>();
        Assert.Equal("agent-3", decision.AssigneeId);
        Assert.Null(decision.DecidedAt);
        Assert.Equal(2, (await TestTickets.ReadAsync(factory, "R-4")).Count);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/tickets/R-4/route")).StatusCode);
    }

    [Fact]
    public async Task DryRun_EqualsTheDecisionRouteThenRecords()
    {
        await TestTickets.CreateAsync(factory, "R-5", tags: ["bug"]);
        var preview = await (await _client.PostAsync("/api/v1/tickets/R-5/route/dry-run", null)).ReadAsync<RoutingDecisionView>();

        var routed = await (await _client.PostAsync("/api/v1/tickets/R-5/route", null)).ReadAsync<RouteResponse>();

        Assert.Equal(preview.DecisionId, routed.Decision.DecisionId);
        Assert.Equal(preview.AssigneeId, routed.Decision.AssigneeId);
    }

    [Fact]
    public async Task GetRoute_AfterRouting_ReturnsTheDecisionWithRejectedAlternativesAndReasons()
    {
        await TestTickets.CreateAsync(factory, "R-6", tags: ["bug"]);
        var routed = await (await _client.PostAsync("/api/v1/tickets/R-6/route", null)).ReadAsync<RouteResponse>();

        var response = await _client.GetAsync("/api/v1/tickets/R-6/route");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await response.ReadAsync<TicketRoutingView>();
        Assert.Equal(routed.Decision.DecisionId, view.Decision.DecisionId);
        Assert.Equivalent(routed.Decision.Alternatives, view.Decision.Alternatives, strict: true);
        var r1 = Assert.Single(view.Decision.Alternatives, a => a.Id == "R1");
        Assert.Equal("rule_did_not_match", r1.Reason);
        Assert.Contains("tags_any", r1.FailedConditions);
        Assert.Contains("priority", r1.FailedConditions);
        Assert.Equal("rule_matched", view.Decision.ReasonCodes[0]);
        Assert.Contains("pool_agent_assigned", view.Decision.ReasonCodes);
        Assert.Null(view.ActiveOverride);
    }

    [Theory]
    [InlineData("GET", "/api/v1/tickets/NOPE/route")]
    [InlineData("POST", "/api/v1/tickets/NOPE/route")]
    [InlineData("POST", "/api/v1/tickets/NOPE/route/dry-run")]
    public async Task Endpoints_UnknownTicket_Return404ProblemDetails(string method, string url)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("Agent")]
    [InlineData("Executive")]
    public async Task Route_WithoutRoutingManage_Returns403AndChangesNothing(string role)
    {
        await TestTickets.CreateAsync(factory, $"R-7-{role}", tags: ["billing"]);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tickets/R-7-{role}/route");
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, role);

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(2, (await TestTickets.ReadAsync(factory, $"R-7-{role}")).Count);
    }

    [Theory]
    [InlineData("""{"kind":"reassign_to_agent","target":"agent-7"}""", "reason")]
    [InlineData("""{"kind":"reassign_to_agent","target":"agent-7","reason":"   "}""", "reason")]
    [InlineData("""{"kind":"teleport","target":"agent-7","reason":"vip"}""", "kind")]
    [InlineData("""{"kind":"reassign_to_agent","reason":"vip"}""", "target")]
    [InlineData("""{"kind":"reassign_to_agent","target":"agent-99","reason":"vip"}""", "target")]
    [InlineData("""{"kind":"escalate_to_queue","target":"nowhere","reason":"vip"}""", "target")]
    [InlineData("""{"kind":"reassign_to_agent","target":"agent-7","reason":"vip","expires_at":"tomorrow"}""", "expires_at")]
    [InlineData("""{"kind":"reassign_to_agent","target":"agent-7","reason":"vip","expires_at":"2026-03-10T14:00:00Z"}""", "expires_at")]
    [InlineData("""{"kind":"reassign_to_agent","target":"agent-7","reason":42}""", "reason")]
    [InlineData("""[1, 2]""", "body")]
    public async Task Override_InvalidBody_Returns400NamingTheFieldAndChangesNothing(string body, string field)
    {
        var ticket = $"R-8-{Math.Abs(body.GetHashCode(StringComparison.Ordinal))}";
        await TestTickets.CreateAsync(factory, ticket, tags: ["billing"]);

        var response = await _client.PostAsync($"/api/v1/tickets/{ticket}/route/override", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}': {problem.RootElement}");
        Assert.Equal(2, (await TestTickets.ReadAsync(factory, ticket)).Count);
    }

    [Fact]
    public async Task Override_Reassign_WinsUntilCleared_AndIsAudited()
    {
        await TestTickets.CreateAsync(factory, "R-9", tags: ["billing"]);
        await _client.PostAsync("/api/v1/tickets/R-9/route", null);

        var applied = await _client.PostAsJsonAsync("/api/v1/tickets/R-9/route/override", new { kind = "reassign_to_agent", target = "agent-7", reason = "Customer asked for Greta" }, Json.Options);

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var result = await applied.ReadAsync<RouteResponse>();
        Assert.Equal("agent-7", result.Decision.AssigneeId);
        Assert.Contains("override_reassignment", result.Decision.ReasonCodes);
        Assert.NotNull(result.Override);
        Assert.Equal(result.Override.OverrideId, result.Decision.OverrideId);
        Assert.Equal("admin@test", result.Override.AppliedBy);

        // Routing again in the same situation: the override still wins, and nothing new is recorded.
        var again = await (await _client.PostAsync("/api/v1/tickets/R-9/route", null)).ReadAsync<RouteResponse>();
        Assert.True(again.Repeat);
        Assert.Equal("agent-7", again.Decision.AssigneeId);
        var view = await (await _client.GetAsync("/api/v1/tickets/R-9/route")).ReadAsync<TicketRoutingView>();
        Assert.Equal(result.Override.OverrideId, view.ActiveOverride?.OverrideId);

        var cleared = await _client.DeleteAsync("/api/v1/tickets/R-9/route/override?reason=Greta%20is%20off%20shift");

        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        var after = await cleared.ReadAsync<RouteResponse>();
        Assert.Null(after.Decision.OverrideId);
        Assert.Equal("agent-3", after.Decision.AssigneeId);
        var stream = await TestTickets.ReadAsync(factory, "R-9");
        Assert.Contains(stream, e => e.Event is RoutingOverrideApplied { AppliedBy: "admin@test", Reason: "Customer asked for Greta" });
        Assert.Contains(stream, e => e.Event is RoutingOverrideCleared { ClearedBy: "admin@test", Reason: "Greta is off shift" });

        var audit = await (await _client.GetAsync("/api/v1/audit?target=ticket:R-9")).ReadAsync<AuditPage>();
        Assert.Equal([AuditActions.RoutingOverrideCleared, AuditActions.RoutingOverrideApplied], audit.Items.Select(i => i.Action));
        Assert.All(audit.Items, i => Assert.Equal("admin@test", i.Actor));
        Assert.Contains("Customer asked for Greta", audit.Items[1].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Override_EscalateToQueue_FilesTheTicketInTheQueueUnassigned()
    {
        await TestTickets.CreateAsync(factory, "R-10", tags: ["billing"], assignee: "agent-3");

        var result = await (await _client.PostAsJsonAsync("/api/v1/tickets/R-10/route/override", new { kind = "escalate_to_queue", target = "vip", reason = "Escalated by the account manager" }, Json.Options)).ReadAsync<RouteResponse>();

        Assert.Equal("queue", result.Decision.TargetKind);
        Assert.Equal("vip", result.Decision.Queue);
        Assert.Null(result.Decision.AssigneeId);
        var stream = await TestTickets.ReadAsync(factory, "R-10");
        Assert.Contains(stream, e => e.Event is AssigneeChanged { From: "agent-3", To: null });
    }

    [Fact]
    public async Task ClearOverride_WithoutReason_Returns400NamingReason()
    {
        await TestTickets.CreateAsync(factory, "R-11", tags: ["billing"]);
        await _client.PostAsJsonAsync("/api/v1/tickets/R-11/route/override", new { target = "agent-7", reason = "vip" }, Json.Options);
        var before = (await TestTickets.ReadAsync(factory, "R-11")).Count;

        var response = await _client.DeleteAsync("/api/v1/tickets/R-11/route/override");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(before, (await TestTickets.ReadAsync(factory, "R-11")).Count);
    }

    [Fact]
    public async Task ClearOverride_NoActiveOverride_Returns404()
    {
        await TestTickets.CreateAsync(factory, "R-12", tags: ["billing"]);

        var response = await _client.DeleteAsync("/api/v1/tickets/R-12/route/override?reason=none");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
