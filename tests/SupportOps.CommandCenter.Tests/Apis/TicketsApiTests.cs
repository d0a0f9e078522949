using System.Net;
using System.Text.Json;
using SupportOps.CommandCenter.Models;

namespace SupportOps.CommandCenter.Tests.Apis;

public partial class TicketsApiTests(SeededCommandCenterFactory factory) : IClassFixture<SeededCommandCenterFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [SkippableFact]
    public async Task ListTickets_SortByRisk_OrdersByRiskDescendingThenTicketId()
    {
        var page = await GetPageAsync("/api/v1/tickets?sort=risk&limit=200");

        Assert.Equal(SeededCommandCenterFactory.Tickets, page.Items.Count);
        Assert.Null(page.NextCursor);
        for (var i = 1; i < page.Items.Count; i++)
        {
            var (a, b) = (page.Items[i - 1], page.Items[i]);
            Assert.True(a.RiskScore > b.RiskScore || (a.RiskScore == b.RiskScore && string.CompareOrdinal(a.TicketId, b.TicketId) < 0), $"{a.TicketId} before {b.TicketId}");
        }

        Assert.Contains(page.Items, t => t.RiskScore > 0);
    }

    [SkippableTheory]
    [InlineData("risk")]
    [InlineData("due")]
    [InlineData("created")]
    public async Task ListTickets_FollowingCursors_ReturnsEveryTicketOnceInTheSingleBatchOrder(string sort)
    {
        var all = (await GetPageAsync($"/api/v1/tickets?sort={sort}&limit=200")).Items.Select(t => t.TicketId).ToList();
        var paged = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await GetPageAsync($"/api/v1/tickets?sort={sort}&limit=7" + (cursor is null ? string.Empty : $"&cursor={cursor}"));
            Assert.InRange(page.Items.Count, 1, 7);
            paged.AddRange(page.Items.Select(t => t.TicketId));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(all, paged);
        Assert.Equal((SeededCommandCenterFactory.Tickets + 6) / 7, pages);
    }

    [SkippableFact]
    public async Task ListTickets_SortByDue_SoonestFirstAndTicketsWithoutTimerLast()
    {
        var items = (await GetPageAsync("/api/v1/tickets?sort=due&limit=200")).Items;

        var dues = items.Select(t => t.SlaDueAt).ToList();
        var firstNull = dues.IndexOf(null);
        Assert.True(firstNull > 0, "some tickets have a running timer");
        Assert.All(dues.Skip(firstNull), d => Assert.Null(d));
        var running = dues.Take(firstNull).Select(d => DateTimeOffset.Parse(d!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(running.Order(), running);
    }

    [SkippableFact]
    public async Task ListTickets_SortByCreated_NewestFirst()
    {
        var created = (await GetPageAsync("/api/v1/tickets?sort=created&limit=200")).Items
            .Select(t => DateTimeOffset.Parse(t.CreatedAt!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(created.OrderDescending(), created);
    }

    [SkippableTheory]
    [InlineData("status=open", "open", null)]
    [InlineData("status=solved", "solved", null)]
    [InlineData("channel=email", null, "email")]
    [InlineData("status=pending_customer&channel=web", "pending_customer", "web")]
    public async Task ListTickets_Filters_ReturnOnlyMatchingTickets(string filter, string? status, string? channel)
    {
        var all = (await GetPageAsync("/api/v1/tickets?limit=200")).Items;
        var filtered = (await GetPageAsync($"/api/v1/tickets?limit=200&{filter}")).Items;

        var expected = all.Where(t => (status is null || t.Status == status) && (channel is null || t.Channel == channel)).Select(t => t.TicketId);
        Assert.Equal(expected, filtered.Select(t => t.TicketId));
    }

    [SkippableFact]
    public async Task ListTickets_BreachedAndQueueFilters_ReturnOnlyMatchingTickets()
    {
        var all = (await GetPageAsync("/api/v1/tickets?limit=200")).Items;
        var breached = (await GetPageAsync("/api/v1/tickets?limit=200&breached=true")).Items;
        var billing = (await GetPageAsync("/api/v1/tickets?limit=200&queue=billing")).Items;

        Assert.NotEmpty(breached);
        Assert.Equal(all.Where(t => t.Breached).Select(t => t.TicketId), breached.Select(t => t.TicketId));
        Assert.NotEmpty(billing);
        Assert.Equal(all.Where(t => t.Queue == "billing").Select(t => t.TicketId), billing.Select(t => t.TicketId));
    }

    [SkippableFact]
    public async Task ListTickets_AssigneeAndRiskBandFilters_ReturnOnlyMatchingTickets()
    {
        var all = (await GetPageAsync("/api/v1/tickets?limit=200")).Items;
        var assignee = all.First(t => t.Assignee is not null).Assignee;

        var mine = (await GetPageAsync($"/api/v1/tickets?limit=200&assignee={assignee}")).Items;
        var critical = (await GetPageAsync("/api/v1/tickets?limit=200&risk_band=critical")).Items;

        Assert.Equal(all.Where(t => t.Assignee == assignee).Select(t => t.TicketId), mine.Select(t => t.TicketId));
        Assert.NotEmpty(critical);
        Assert.Equal(all.Where(t => t.RiskBand == "critical").Select(t => t.TicketId), critical.Select(t => t.TicketId));
    }

    [SkippableTheory]
    [InlineData("risk_band=red", "risk_band")]
    [InlineData("status=pending", "status")]
    [InlineData("priority=urgent", "priority")]
    [InlineData("channel=fax", "channel")]
    [InlineData("sort=oldest", "sort")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task ListTickets_BadQuery_Returns400ProblemNamingTheField(string query, string field)
    {
        var response = await _client.GetAsync($"/api/v1/tickets?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    [SkippableFact]
    public async Task ListTickets_CursorOfAnotherSort_Returns400()
    {
        var cursor = (await GetPageAsync("/api/v1/tickets?sort=risk&limit=5")).NextCursor;

        var response = await _client.GetAsync($"/api/v1/tickets?sort=created&cursor={cursor}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [SkippableFact]
    public async Task GetTicket_Seeded_ReturnsSnapshotTimelineAndTimers()
    {
        var first = (await GetPageAsync("/api/v1/tickets?limit=1")).Items[0];

        var response = await _client.GetAsync($"/api/v1/tickets/{first.TicketId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await response.ReadAsync<TicketDetail>();
        Assert.Equal(first, detail.Ticket with { RiskReasons = first.RiskReasons });
        Assert.Equal(first.RiskReasons, detail.Ticket.RiskReasons);
        Assert.Equal(first.Version, detail.Events.Count);
        Assert.Equal("ticket_created", detail.Events[0].GetProperty("event").GetProperty("type").GetString());
        Assert.Equal(Enumerable.Range(1, detail.Events.Count), detail.Events.Select(e => e.GetProperty("version").GetInt32()));
        Assert.Contains(detail.Timers, t => t.Kind == "first_response");
        Assert.Contains(detail.Timers, t => t.Kind == first.SlaTimer && t.Status == "running");
    }

    [SkippableFact]
    public async Task GetTicket_Unknown_Returns404ProblemDetails()
    {
        var response = await _client.GetAsync("/api/v1/tickets/T-NOPE");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task OpenApi_Document_DescribesTheTicketsEndpoints()
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/tickets", out var list));
        Assert.True(list.TryGetProperty("get", out _));
        Assert.True(paths.TryGetProperty("/api/v1/tickets/{id}", out _));
        var append = paths.GetProperty("/api/v1/tickets/{id}/events").GetProperty("post");
        Assert.True(append.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(append.GetProperty("responses").TryGetProperty("409", out _));
        Assert.True(append.GetProperty("responses").TryGetProperty("400", out _));
        Assert.Equal("ListTickets", list.GetProperty("get").GetProperty("operationId").GetString());
    }

    private async Task<TicketPage> GetPageAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<TicketPage>();
    }
}
