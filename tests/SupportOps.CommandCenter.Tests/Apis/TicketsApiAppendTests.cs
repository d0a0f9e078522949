using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Models;

namespace SupportOps.CommandCenter.Tests.Apis;

/// <remarks>Runs on SQLite here and on PostgreSQL in <c>Providers/PostgreSqlTicketsApiAppendTests</c>: use <c>[SkippableFact]</c>/<c>[SkippableTheory]</c>.</remarks>
public class TicketsApiAppendTests(CommandCenterFactory factory) : IClassFixture<CommandCenterFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [SkippableFact]
    public async Task AppendEvents_NewTicket_StoresEventsAndSnapshot()
    {
        var response = await PostAsync("A-1", 0, Created("A-1"), CustomerMessage("A-1", "m1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.ReadAsync<AppendEventsResponse>();
        Assert.Equal(2, result.Version);
        Assert.Equal(2, result.Appended);
        Assert.Equal(0, result.Duplicates);
        Assert.Equal(["A-1:1", "A-1:2"], result.Events.Select(e => e.GetProperty("event_id").GetString()));
        Assert.NotNull(result.Ticket);
        Assert.Equal(2, result.Ticket.Version);
        Assert.Equal("new", result.Ticket.Status);
        Assert.Equal("p1", result.Ticket.Priority);
        Assert.Equal("first_response", result.Ticket.SlaTimer);
        Assert.False(result.Ticket.Breached);

        var detail = await (await _client.GetAsync("/api/v1/tickets/A-1")).ReadAsync<TicketDetail>();
        Assert.Equal(2, detail.Events.Count);
        Assert.Equal(result.Ticket, detail.Ticket with { RiskReasons = result.Ticket.RiskReasons });
    }

    [SkippableFact]
    public async Task AppendEvents_AgentReply_RecomputesSnapshotSlaAndRisk()
    {
        await PostAsync("A-2", 0, Created("A-2"), CustomerMessage("A-2", "m1"));

        var result = await (await PostAsync("A-2", 2, Event("A-2", "r1", """{"type":"agent_public_reply","message_id":"r1","author_id":"agent-1","body":"On it.","channel":"email","attachments":[]}""", "agent"))).ReadAsync<AppendEventsResponse>();

        Assert.Equal(3, result.Ticket!.Version);
        Assert.NotEqual("first_response", result.Ticket.SlaTimer);
    }

    [SkippableFact]
    public async Task AppendEvents_WrongExpectedVersion_Returns409AndStoresNothing()
    {
        await PostAsync("A-3", 0, Created("A-3"));

        var response = await PostAsync("A-3", 0, CustomerMessage("A-3", "m1"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, problem.RootElement.GetProperty("expected_version").GetInt64());
        Assert.Equal(1, problem.RootElement.GetProperty("actual_version").GetInt64());
        Assert.Equal((1, 1), await StoredAsync("A-3"));
    }

    [SkippableFact]
    public async Task AppendEvents_OnlyDuplicateDedupeKeys_IsANoOpWhateverTheExpectedVersion()
    {
        await PostAsync("A-4", 0, Created("A-4"), CustomerMessage("A-4", "m1"));

        var response = await PostAsync("A-4", 0, CustomerMessage("A-4", "m1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.ReadAsync<AppendEventsResponse>();
        Assert.Equal(0, result.Appended);
        Assert.Equal(1, result.Duplicates);
        Assert.Equal(2, result.Version);
        Assert.Equal(2, result.Events[0].GetProperty("version").GetInt64());
        Assert.Equal((2, 2), await StoredAsync("A-4"));
    }

    [SkippableFact]
    public async Task AppendEvents_MixedBatch_WritesOnlyTheNewEvents()
    {
        await PostAsync("A-5", 0, Created("A-5"), CustomerMessage("A-5", "m1"));

        var result = await (await PostAsync("A-5", null, CustomerMessage("A-5", "m1"), CustomerMessage("A-5", "m2"), CustomerMessage("A-5", "m2"))).ReadAsync<AppendEventsResponse>();

        Assert.Equal(1, result.Appended);
        Assert.Equal(2, result.Duplicates);
        Assert.Equal([2L, 3L, 3L], result.Events.Select(e => e.GetProperty("version").GetInt64()));
        Assert.Equal((3, 3), await StoredAsync("A-5"));
    }

    [SkippableTheory]
    [InlineData("{\"expected_version\": 0, \"events\": [")]
    [InlineData("not json")]
    [InlineData("{\"expected_version\": \"zero\", \"events\": []}")]
    public async Task AppendEvents_MalformedJson_Returns400AndStoresNothing(string body)
    {
        var response = await _client.PostAsync("/api/v1/tickets/A-6/events", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((0, 0), await StoredAsync("A-6"));
    }

    [SkippableTheory]
    [InlineData("occurred_at", "\"yesterday\"", "events[1].occurred_at")]
    [InlineData("source", "\"fax\"", "events[1].source")]
    [InlineData("dedupe_key", "\"\"", "events[1].dedupe_key")]
    [InlineData("event", "{\"type\":\"teleported\"}", "events[1].event.type")]
    [InlineData("event", "{\"type\":\"status_changed\"}", "events[1].event")]
    public async Task AppendEvents_InvalidField_Returns400NamingItAndStoresNothing(string member, string value, string field)
    {
        var bad = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(CustomerMessage("A-7", "m1"))!;
        bad[member] = JsonDocument.Parse(value).RootElement;
        var body = $$"""{"expected_version":0,"events":[{{Created("A-7")}},{{JsonSerializer.Serialize(bad)}}]}""";

        var response = await _client.PostAsync("/api/v1/tickets/A-7/events", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Equal((0, 0), await StoredAsync("A-7"));
    }

    [SkippableFact]
    public async Task AppendEvents_EmptyBatch_Returns400NamingEvents()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/tickets/A-8/events", new { expected_version = 0, events = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("events", out _));
    }

    internal static string Created(string ticket)
        => Event(ticket, "created", """{"type":"ticket_created","subject":"Printer on fire","channel":"email","priority":"p1","tier":"standard","requester_id":"cust-1","tags":[]}""", "customer");

    internal static string CustomerMessage(string ticket, string id)
        => Event(ticket, id, $$"""{"type":"customer_message","message_id":"{{id}}","author_id":"cust-1","body":"Help","channel":"email","attachments":[]}""", "customer");

    internal static string Event(string ticket, string key, string ticketEvent, string actorKind)
        => $$"""{"event":{{ticketEvent}},"occurred_at":"{{CommandCenterFactory.Now.Minus(Duration.FromHours(1))}}","actor":{"kind":"{{actorKind}}","id":"{{actorKind}}-1"},"source":"api","dedupe_key":"test:{{ticket}}:{{key}}"}""";

    private Task<HttpResponseMessage> PostAsync(string ticket, long? expected, params string[] events)
    {
        var version = expected is null ? "null" : expected.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = $$"""{"expected_version":{{version}},"events":[{{string.Join(',', events)}}]}""";
        return _client.PostAsync($"/api/v1/tickets/{ticket}/events", new StringContent(body, Encoding.UTF8, "application/json"));
    }

    /// <summary>The number of stored events and the snapshot's version (0 when absent), read through a fresh context.</summary>
    private async Task<(int Events, long SnapshotVersion)> StoredAsync(string ticket)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        var events = await db.Events.CountAsync(e => e.TicketId == ticket);
        var snapshot = await db.TicketSnapshots.AsNoTracking().SingleOrDefaultAsync(t => t.TicketId == ticket);
        return (events, snapshot?.Version ?? 0);
    }
}
