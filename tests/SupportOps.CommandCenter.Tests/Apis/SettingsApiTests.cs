using System.Net;
using System.Text;
using System.Text.Json;
using SupportOps.CommandCenter.Audit;
using SupportOps.CommandCenter.Routing;
using SupportOps.CommandCenter.Settings;
using SupportOps.CommandCenter.SlaState;

namespace SupportOps.CommandCenter.Tests.Apis;

public sealed class SettingsApiTests(CommandCenterFactory factory) : IClassFixture<CommandCenterFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static string ActivePolicyJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Configuration", "routing-policy.json"));

    private static string SlaPoliciesJson => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Configuration", "sla-policies.json"));

    /// <summary>The built-in policy with a new version whose rule R3 files billing tickets in the billing queue instead of assigning them.</summary>
    private static string BillingToQueuePolicy(string version) => ActivePolicyJson
        .Replace("\"version\": \"cc-1\"", $"\"version\": \"{version}\"", StringComparison.Ordinal)
        .Replace("\"target\": { \"kind\": \"agent_pool\", \"id\": \"billing\" }", "\"target\": { \"kind\": \"queue\", \"id\": \"billing\" }", StringComparison.Ordinal);

    [Theory]
    [InlineData("calendars")]
    [InlineData("sla-policies")]
    [InlineData("routing-policy")]
    public async Task Get_BuiltIn_ReturnsVersion0Document(string kind)
    {
        var view = await (await _client.GetAsync($"/api/v1/settings/{kind}")).ReadAsync<SettingsView>();

        Assert.Equal(kind, view.Kind);
        Assert.Equal(JsonValueKind.Object, view.Document.ValueKind);
    }

    [Fact]
    public async Task Get_UnknownKind_Returns404()
    {
        var response = await _client.GetAsync("/api/v1/settings/holidays");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Put_AsNonAdmin_Returns403()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/settings/routing-policy") { Content = Json(BillingToQueuePolicy("cc-x")) };
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, "OpsManager");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("unknown-queue")]
    [InlineData("unknown-skill")]
    [InlineData("unchanged-version")]
    [InlineData("malformed")]
    [InlineData("not-an-object")]
    public async Task PutRoutingPolicy_Invalid_Returns400WithFindingsAndSavesNothing(string problem)
    {
        var active = await (await _client.GetAsync("/api/v1/settings/routing-policy")).ReadAsync<SettingsView>();
        var (document, field, code) = problem switch
        {
            "unknown-queue" => (BillingToQueuePolicy("cc-bad").Replace("\"queue\": \"bugs\"", "\"queue\": \"nowhere\"", StringComparison.Ordinal), "findings", "RT001"),
            "unknown-skill" => (ActivePolicyJson.Replace("\"cc-1\"", "\"cc-bad\"", StringComparison.Ordinal).Replace("\"id\": \"bugs\"", "\"id\": \"astrology\"", StringComparison.Ordinal), "findings", "RT002"),
            "unchanged-version" => (SameVersionChanged(active.Document), "version", null),
            "malformed" => ("{ \"version\": ", "document", null),
            _ => ("[1, 2, 3]", "document", null),
        };
        var auditBefore = await AuditCountAsync();

        var response = await _client.PutAsync("/api/v1/settings/routing-policy", Json(document));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("errors").TryGetProperty(field, out _), body.RootElement.ToString());
        if (code is not null)
        {
            Assert.Contains(body.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == code && f.GetProperty("severity").GetString() == "error");
        }

        var after = await (await _client.GetAsync("/api/v1/settings/routing-policy")).ReadAsync<SettingsView>();
        Assert.Equal(active.Version, after.Version);
        Assert.Equal(auditBefore, await AuditCountAsync());
    }

    [Fact]
    public async Task PutRoutingPolicy_Valid_SavesAVersionAuditsItAndTheNextDecisionUsesIt()
    {
        await TestTickets.CreateAsync(factory, "S-1", tags: ["billing"]);
        var before = await (await _client.PostAsync("/api/v1/tickets/S-1/route/dry-run", null)).ReadAsync<RoutingDecisionView>();

        var response = await _client.PutAsync("/api/v1/settings/routing-policy", Json(BillingToQueuePolicy("cc-2")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await response.ReadAsync<SettingsSaveResponse>();
        Assert.Equal(1, saved.Settings.Version);
        Assert.Equal("admin@test", saved.Settings.SavedBy);
        Assert.Contains(saved.Findings, f => f is { Code: "RT004", Severity: "warning" });
        var active = await (await _client.GetAsync("/api/v1/settings/routing-policy")).ReadAsync<SettingsView>();
        Assert.Equal(1, active.Version);
        Assert.Equal("cc-2", active.Document.GetProperty("version").GetString());

        var routed = await (await _client.PostAsync("/api/v1/tickets/S-1/route", null)).ReadAsync<RouteResponse>();
        Assert.Equal("cc-1", before.PolicyVersion);
        Assert.Equal("agent-3", before.AssigneeId);
        Assert.Equal("cc-2", routed.Decision.PolicyVersion);
        Assert.Equal("R3", routed.Decision.RuleId);
        Assert.Null(routed.Decision.AssigneeId);
        Assert.Equal("billing", routed.Decision.Queue);

        var audit = await (await _client.GetAsync("/api/v1/audit?action=settings.updated&target=settings:routing_policy")).ReadAsync<AuditPage>();
        var entry = Assert.Single(audit.Items);
        Assert.Equal("admin@test", entry.Actor);
        Assert.StartsWith("version 0 (built-in)", entry.Before, StringComparison.Ordinal);
        Assert.Contains("routing policy cc-1", entry.Before, StringComparison.Ordinal);
        Assert.StartsWith("version 1,", entry.After, StringComparison.Ordinal);
        Assert.Contains("routing policy cc-2", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRunRoutingPolicy_ReportsDistributionAndChangesAndSavesNothing()
    {
        await TestTickets.CreateAsync(factory, "S-2", tags: ["billing"]);
        await TestTickets.CreateAsync(factory, "S-3", tags: ["bug"]);
        var active = await (await _client.GetAsync("/api/v1/settings/routing-policy")).ReadAsync<SettingsView>();
        var candidate = BillingToQueuePolicy("cc-dry");
        var activeVersion = active.Document.GetProperty("version").GetString();

        var response = await _client.PostAsync("/api/v1/settings/routing-policy/dry-run", Json(candidate));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.ReadAsync<RoutingPolicyDryRunResponse>();
        Assert.Equal(activeVersion, result.ActiveVersion);
        Assert.Equal("cc-dry", result.CandidateVersion);
        Assert.True(result.Tickets >= 2);
        Assert.Equal(result.Tickets, result.ActiveDistribution.Values.Sum());
        Assert.Equal(result.Tickets, result.CandidateDistribution.Values.Sum());
        Assert.Equal(result.Tickets, result.Changed + result.Unchanged);
        if (activeVersion == "cc-1")
        {
            // Under the active policy a billing agent takes S-2; under the candidate it waits in the billing queue.
            Assert.True(result.Changes.Any(c => c is { TicketId: "S-2", To: "queue:billing", FromRule: "R3", ToRule: "R3" } && c.From.StartsWith("agent:", StringComparison.Ordinal)), JsonSerializer.Serialize(result));
            Assert.Contains(result.Transitions, t => t.To == "queue:billing" && t.Count >= 1);
            Assert.True(result.CandidateDistribution["queue:billing"] >= 1);
        }

        var after = await (await _client.GetAsync("/api/v1/settings/routing-policy")).ReadAsync<SettingsView>();
        Assert.Equal(active.Version, after.Version);
    }

    [Fact]
    public async Task DryRunRoutingPolicy_Invalid_Returns400WithFindings()
    {
        var response = await _client.PostAsync("/api/v1/settings/routing-policy/dry-run", Json(BillingToQueuePolicy("cc-bad").Replace("\"default_queue\": \"triage\"", "\"default_queue\": \"limbo\"", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(body.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "RT001");
    }

    [Fact]
    public async Task PutSlaPolicies_UnknownCalendar_Returns400NamingCalendar()
    {
        var response = await _client.PutAsync("/api/v1/settings/sla-policies", Json(SlaPoliciesJson.Replace("\"new-york\"", "\"mars\"", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("errors").TryGetProperty("calendar", out _), body.RootElement.ToString());
    }

    [Fact]
    public async Task PutSlaPolicies_Valid_TheNextEvaluationUsesTheNewTargets()
    {
        await TestTickets.CreateAsync(factory, "S-4");
        var before = await (await _client.GetAsync("/api/v1/tickets/S-4/sla")).ReadAsync<TicketSlaView>();

        // The standard policy's P2 first response target goes from 240 to 30 business minutes.
        var changed = SlaPoliciesJson.Replace("\"p0\": 60, \"p1\": 120, \"p2\": 240, \"p3\": 480", "\"p0\": 60, \"p1\": 120, \"p2\": 30, \"p3\": 480", StringComparison.Ordinal);
        Assert.NotEqual(SlaPoliciesJson, changed);
        var response = await _client.PutAsync("/api/v1/settings/sla-policies", Json(changed));
        var after = await (await _client.GetAsync("/api/v1/tickets/S-4/sla")).ReadAsync<TicketSlaView>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.ReadAsync<SettingsSaveResponse>()).SnapshotsRefreshed >= 1);
        var inbox = await (await _client.GetAsync("/api/v1/tickets/S-4")).Content.ReadAsStringAsync();
        using (var ticket = JsonDocument.Parse(inbox))
        {
            // The inbox's cached snapshot was recomputed with the new target at once.
            Assert.True(ticket.RootElement.GetProperty("ticket").GetProperty("breached").GetBoolean(), inbox);
        }

        var firstBefore = Assert.Single(before.Timers, t => t.Kind == "first_response");
        var firstAfter = Assert.Single(after.Timers, t => t.Kind == "first_response");
        Assert.Equal(240 * 60, firstBefore.TargetSeconds);
        Assert.False(firstBefore.Breached);
        Assert.Equal(30 * 60, firstAfter.TargetSeconds);
        Assert.True(firstAfter.Breached);
    }

    [Fact]
    public async Task PutCalendars_InvalidCalendar_Returns400NamingIt_AndRemovingAUsedCalendarIsRefused()
    {
        var invalid = await _client.PutAsync("/api/v1/settings/calendars", Json("""{ "default": "new-york", "calendars": { "new-york": { "timeZone": "Mars/Olympus" } } }"""));
        var removesUsed = await _client.PutAsync("/api/v1/settings/calendars", Json("""{ "default": "berlin", "calendars": { "berlin": { "timeZone": "Europe/Berlin", "week": { "monday": [["09:00", "17:00"]] } } } }"""));

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        using var invalidBody = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync());
        Assert.True(invalidBody.RootElement.GetProperty("errors").TryGetProperty("calendars.new-york", out _), invalidBody.RootElement.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, removesUsed.StatusCode);
        using var removesBody = JsonDocument.Parse(await removesUsed.Content.ReadAsStringAsync());
        Assert.True(removesBody.RootElement.GetProperty("errors").TryGetProperty("calendars", out _), removesBody.RootElement.ToString());
    }

    [Fact]
    public async Task PutCalendars_Valid_SavesTheNextVersion()
    {
        var current = await (await _client.GetAsync("/api/v1/settings/calendars")).ReadAsync<SettingsView>();
        var withBerlin = $$"""{ "default": "new-york", "calendars": { "new-york": {{current.Document.GetProperty("calendars").GetProperty("new-york").GetRawText()}}, "berlin": { "timeZone": "Europe/Berlin", "week": { "monday": [["09:00", "17:00"]] } } } }""";

        var response = await _client.PutAsync("/api/v1/settings/calendars", Json(withBerlin));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = await response.ReadAsync<SettingsSaveResponse>();
        Assert.Equal(current.Version + 1, saved.Settings.Version);
        Assert.True(saved.Settings.Document.GetProperty("calendars").TryGetProperty("berlin", out _));
    }

    /// <summary>The document with rule R6 sent to the triage queue instead of any agent, keeping its version.</summary>
    private static string SameVersionChanged(JsonElement document)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(document.GetRawText())!;
        node["rules"]![5]!["target"] = new System.Text.Json.Nodes.JsonObject { ["kind"] = "queue", ["id"] = "triage" };
        return node.ToJsonString();
    }

    [Fact]
    public async Task Put_TheActiveContentAgain_StoresNoVersionAndNoAuditEntry()
    {
        var active = await (await _client.GetAsync("/api/v1/settings/calendars")).ReadAsync<SettingsView>();
        var auditBefore = await AuditCountAsync();

        var response = await _client.PutAsync("/api/v1/settings/calendars", Json(active.Document.GetRawText()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(active.Version, (await response.ReadAsync<SettingsSaveResponse>()).Settings.Version);
        Assert.Equal(auditBefore, await AuditCountAsync());
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<int> AuditCountAsync()
        => (await (await _client.GetAsync("/api/v1/audit?limit=200")).ReadAsync<AuditPage>()).Items.Count;
}
