using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Inbox;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Models;
using SupportOps.CommandCenter.Tests.Inbox;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Tests.Apis;

public sealed class InboxApiTests(InboxCommandCenterFactory factory) : IClassFixture<InboxCommandCenterFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task SavedViews_CreateGetListUpdateDelete_RoundTripsForTheOwner()
    {
        var created = await SendAsync(HttpMethod.Post, "/api/v1/inbox/views", "crud@test", new { name = "My breaches", filter = new { status = new[] { "open", "new" }, breached = true, assignee = new[] { "me" } }, sort = "due" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var view = await created.ReadAsync<SavedView>();
        Assert.Equal($"/api/v1/inbox/views/{view.Id}", created.Headers.Location?.OriginalString);
        Assert.Equal(["open", "new"], view.Filter.Status);
        Assert.Equal(["me"], view.Filter.Assignee);
        Assert.True(view.Filter.Breached);
        Assert.Equal("due", view.Sort);

        var fetched = await (await SendAsync(HttpMethod.Get, $"/api/v1/inbox/views/{view.Id}", "crud@test")).ReadAsync<SavedView>();
        Assert.Equal(view.Name, fetched.Name);

        var updated = await SendAsync(HttpMethod.Put, $"/api/v1/inbox/views/{view.Id}", "crud@test", new { name = "Renamed", filter = new { q = "refund" } });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var renamed = await updated.ReadAsync<SavedView>();
        Assert.Equal("Renamed", renamed.Name);
        Assert.Equal("refund", renamed.Filter.Search);
        Assert.Equal("triage", renamed.Sort);

        var list = await (await SendAsync(HttpMethod.Get, "/api/v1/inbox/views", "crud@test")).ReadAsync<List<SavedView>>();
        Assert.Equal(["Renamed"], list.Select(v => v.Name));

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, $"/api/v1/inbox/views/{view.Id}", "crud@test")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, $"/api/v1/inbox/views/{view.Id}", "crud@test")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Delete, $"/api/v1/inbox/views/{view.Id}", "crud@test")).StatusCode);
    }

    [Fact]
    public async Task SavedViews_OfAnotherUser_AreInvisibleAndUntouchable()
    {
        var view = await (await SendAsync(HttpMethod.Post, "/api/v1/inbox/views", "owner@test", new { name = "Mine" })).ReadAsync<SavedView>();

        var get = await SendAsync(HttpMethod.Get, $"/api/v1/inbox/views/{view.Id}", "intruder@test");
        var put = await SendAsync(HttpMethod.Put, $"/api/v1/inbox/views/{view.Id}", "intruder@test", new { name = "Stolen" });
        var delete = await SendAsync(HttpMethod.Delete, $"/api/v1/inbox/views/{view.Id}", "intruder@test");
        var list = await (await SendAsync(HttpMethod.Get, "/api/v1/inbox/views", "intruder@test")).ReadAsync<List<SavedView>>();

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal("application/problem+json", get.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Empty(list);
        Assert.Equal("Mine", (await (await SendAsync(HttpMethod.Get, $"/api/v1/inbox/views/{view.Id}", "owner@test")).ReadAsync<SavedView>()).Name);
    }

    [Fact]
    public async Task SavedViews_DuplicateName_Returns409OnCreateAndRename()
    {
        await SendAsync(HttpMethod.Post, "/api/v1/inbox/views", "dup@test", new { name = "One" });
        var two = await (await SendAsync(HttpMethod.Post, "/api/v1/inbox/views", "dup@test", new { name = "Two" })).ReadAsync<SavedView>();

        var create = await SendAsync(HttpMethod.Post, "/api/v1/inbox/views", "dup@test", new { name = "One" });
        var rename = await SendAsync(HttpMethod.Put, $"/api/v1/inbox/views/{two.Id}", "dup@test", new { name = "One" });
        var otherUser = await SendAsync(HttpMethod.Post, "/api/v1/inbox/views", "dup2@test", new { name = "One" });

        Assert.Equal(HttpStatusCode.Conflict, create.StatusCode);
        Assert.Equal("application/problem+json", create.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Conflict, rename.StatusCode);
        Assert.Equal(HttpStatusCode.Created, otherUser.StatusCode);
    }

    [Theory]
    [InlineData("""{"filter":{}}""", "name")]
    [InlineData("""{"name":"   "}""", "name")]
    [InlineData("""{"name":"x","filter":{"status":["open","shut"]}}""", "filter.status")]
    [InlineData("""{"name":"x","filter":{"risk_band":["red"]}}""", "filter.risk_band")]
    [InlineData("""{"name":"x","filter":{"channel":["fax"]}}""", "filter.channel")]
    [InlineData("""{"name":"x","sort":"oldest"}""", "sort")]
    [InlineData("""{"name":"x","filter":{"breached":"yes"}}""", "filter.breached")]
    [InlineData("""{"name":""", "name")]
    [InlineData("not json", "body")]
    public async Task SavedViews_InvalidBody_Returns400NamingTheFieldAndSavesNothing(string body, string field)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/inbox/views") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(TestAuthenticationHandler.UserHeader, "invalid@test");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>().SavedViews.AnyAsync(v => v.Owner == "invalid@test"));
    }

    [Fact]
    public async Task ListTickets_WithASavedView_AppliesItsFilterAndSort()
    {
        var view = await (await SendAsync(HttpMethod.Post, "/api/v1/inbox/views", "list@test", new { name = "Open by risk", filter = new { status = new[] { "open" } }, sort = "risk" })).ReadAsync<SavedView>();

        var viaView = await (await SendAsync(HttpMethod.Get, $"/api/v1/tickets?limit=200&view={view.Id}", "list@test")).ReadAsync<TicketPage>();
        var direct = await (await SendAsync(HttpMethod.Get, "/api/v1/tickets?limit=200&status=open&sort=risk", "list@test")).ReadAsync<TicketPage>();
        var resorted = await (await SendAsync(HttpMethod.Get, $"/api/v1/tickets?limit=200&view={view.Id}&sort=created", "list@test")).ReadAsync<TicketPage>();
        var directCreated = await (await SendAsync(HttpMethod.Get, "/api/v1/tickets?limit=200&status=open&sort=created", "list@test")).ReadAsync<TicketPage>();

        Assert.NotEmpty(direct.Items);
        Assert.Equal(direct.Items.Select(t => t.TicketId), viaView.Items.Select(t => t.TicketId));
        Assert.Equal(directCreated.Items.Select(t => t.TicketId), resorted.Items.Select(t => t.TicketId));
    }

    [Fact]
    public async Task ListTickets_WithAnotherUsersViewOrViewPlusFilters_Returns400NamingView()
    {
        var view = await (await SendAsync(HttpMethod.Post, "/api/v1/inbox/views", "list2@test", new { name = "Mine" })).ReadAsync<SavedView>();

        var foreign = await SendAsync(HttpMethod.Get, $"/api/v1/tickets?view={view.Id}", "other@test");
        var mixed = await SendAsync(HttpMethod.Get, $"/api/v1/tickets?view={view.Id}&status=open", "list2@test");

        foreach (var response in new[] { foreign, mixed })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("view", out _));
        }
    }

    [Fact]
    public async Task SavedViews_Executive_IsForbidden()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/inbox/views");
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, "Executive");

        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task GetCounts_QueuesAndViews_EqualCountingTheListedTickets()
    {
        var all = (await (await _client.GetAsync("/api/v1/tickets?limit=200")).ReadAsync<TicketPage>()).Items;
        var agent = all.GroupBy(t => t.Assignee).Where(g => g.Key is not null).OrderByDescending(g => g.Count()).First().Key!;
        const string user = "counts@test";
        await SendAsync(HttpMethod.Post, "/api/v1/inbox/views", user, new { name = "a mine", filter = new { assignee = new[] { "me" } } });
        await SendAsync(HttpMethod.Post, "/api/v1/inbox/views", user, new { name = "b breached p0 p1", filter = new { breached = true, priority = new[] { "p0", "p1" } } });
        await SendAsync(HttpMethod.Post, "/api/v1/inbox/views", user, new { name = "c open email or unassigned chat", filter = new { status = new[] { "open", "new" }, channel = new[] { "email", "chat" }, assignee = new[] { "unassigned", agent } } });
        await SendAsync(HttpMethod.Post, "/api/v1/inbox/views", user, new { name = "d search", filter = new { q = "refund" } });

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/inbox/counts");
        request.Headers.Add(TestAuthenticationHandler.UserHeader, user);
        request.Headers.Add(TestAuthenticationHandler.AgentHeader, agent);
        var counts = await (await _client.SendAsync(request)).ReadAsync<InboxCounts>();

        var expectedQueues = all.GroupBy(t => t.Queue ?? string.Empty).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new QueueCount(
                g.Key,
                g.Count(),
                g.Count(t => t.Status is not ("solved" or "closed")),
                g.Count(t => t.Breached),
                g.Count(t => t.Status is not ("solved" or "closed") && t.Assignee is null)));
        Assert.Equal(expectedQueues, counts.Queues);
        Assert.Equal(["a mine", "b breached p0 p1", "c open email or unassigned chat", "d search"], counts.Views.Select(v => v.Name));
        Assert.Equal(all.Count(t => t.Assignee == agent), counts.Views[0].Count);
        Assert.Equal(all.Count(t => t.Breached && t.Priority is "p0" or "p1"), counts.Views[1].Count);
        Assert.True(counts.Views[1].Count > 0);
        Assert.Equal(all.Count(t => t.Status is "open" or "new" && t.Channel is "email" or "chat" && (t.Assignee is null || t.Assignee == agent)), counts.Views[2].Count);
        Assert.All(counts.Views.Take(3), v => Assert.True(v.Exact));
        Assert.Null(counts.Views[3].Count);
        Assert.False(counts.Views[3].Exact);
        Assert.NotNull(counts.Views[3].Reason);
    }

    [Fact]
    public async Task Stream_AfterAnAppendThroughTheApi_ReceivesTheChangedRow()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await _client.GetAsync("/api/v1/inbox/stream", HttpCompletionOption.ResponseHeadersRead, cts.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cts.Token));
        await ReadUntilAsync(reader, "event: ready", cts.Token);

        var append = await _client.PostAsync("/api/v1/tickets/S-1/events", new StringContent($$"""{"expected_version":0,"events":[{{TicketsApiAppendTests.Created("S-1")}}]}""", Encoding.UTF8, "application/json"), cts.Token);
        Assert.Equal(HttpStatusCode.OK, append.StatusCode);

        var change = await ReadChangeAsync(reader, "S-1", cts.Token);
        Assert.Equal(1, change.Version);
        Assert.Equal("S-1", change.Ticket?.TicketId);
        Assert.Equal("Printer on fire", change.Ticket?.Subject);
    }

    [Fact]
    public async Task Stream_AppendByAnotherInstance_ArrivesThroughThePoller()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await _client.GetAsync("/api/v1/inbox/stream", HttpCompletionOption.ResponseHeadersRead, cts.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cts.Token));
        await ReadUntilAsync(reader, "event: ready", cts.Token);

        // Another host instance: the same database, but none of this instance's append observers.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var other = new EfEventStore(
                services.GetRequiredService<CommandCenterDbContext>(),
                factory.Clock,
                services.GetRequiredService<TicketStateCalculator>(),
                services.GetServices<ITicketProjection>(),
                [],
                NullLogger<EfEventStore>.Instance);
            await other.AppendAsync(new AppendRequest("S-2", ExpectedVersion.NoStream, [new NewEvent
            {
                Event = new TicketCreated { Subject = "From elsewhere", Channel = Channel.Web, Priority = Priority.P2, Tier = CustomerTier.Free, RequesterId = "cust-2" },
                OccurredAt = factory.Clock.GetCurrentInstant(),
                Actor = Actor.Customer("cust-2"),
                Source = EventSource.Web,
                DedupeKey = "s2-created",
            }]), cts.Token);
        }

        var change = await ReadChangeAsync(reader, "S-2", cts.Token);
        Assert.Equal("From elsewhere", change.Ticket?.Subject);
    }

    [Fact]
    public async Task Stream_Silent_SendsHeartbeats()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await _client.GetAsync("/api/v1/inbox/stream", HttpCompletionOption.ResponseHeadersRead, cts.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cts.Token));
        await ReadUntilAsync(reader, "event: ready", cts.Token);

        await ReadUntilAsync(reader, "event: heartbeat", cts.Token);
        await ReadUntilAsync(reader, "event: heartbeat", cts.Token);
    }

    [Fact]
    public async Task Stream_Anonymous_IsUnauthorized()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/inbox/stream");
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, TestAuthenticationHandler.Anonymous);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheInboxEndpoints()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/v1/inbox/views").TryGetProperty("post", out var create));
        Assert.Equal("CreateSavedView", create.GetProperty("operationId").GetString());
        Assert.True(paths.GetProperty("/api/v1/inbox/views/{id}").TryGetProperty("delete", out _));
        Assert.True(paths.GetProperty("/api/v1/inbox/counts").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/inbox/stream").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/tickets/bulk").TryGetProperty("post", out var bulk));
        Assert.True(bulk.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
    }

    private static async Task ReadUntilAsync(StreamReader reader, string line, CancellationToken cancellationToken)
    {
        while (await reader.ReadLineAsync(cancellationToken) is { } read)
        {
            if (read == line)
            {
                return;
            }
        }

        Assert.Fail($"The stream ended before '{line}'.");
    }

    private static async Task<InboxChange> ReadChangeAsync(StreamReader reader, string ticketId, CancellationToken cancellationToken)
    {
        var isChange = false;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                isChange = line == "event: ticket_changed";
            }
            else if (isChange && line.StartsWith("data: ", StringComparison.Ordinal))
            {
                var change = JsonSerializer.Deserialize<InboxChange>(line["data: ".Length..], Json.Options)!;
                if (change.TicketId == ticketId)
                {
                    return change;
                }
            }
        }

        throw new InvalidOperationException("The stream ended.");
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string user, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add(TestAuthenticationHandler.UserHeader, user);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json.Options);
        }

        return await _client.SendAsync(request);
    }
}
