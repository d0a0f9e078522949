using System.Net;
using System.Text.Json;
using SupportOps.CommandCenter.Reports;

namespace SupportOps.CommandCenter.Tests.Apis;

public sealed class DashboardsApiTests(SeededCommandCenterFactory factory) : IClassFixture<SeededCommandCenterFactory>
{
    private const string Everything = "2026-02-20..2026-03-10";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Operations_WholeWorkload_SeriesCoverEveryTicketAndEveryPointDrillsDownToItsTickets()
    {
        var dashboard = await GetAsync<OperationsDashboard>($"/api/v1/dashboards/operations?period={Everything}");

        Assert.Equal(19, dashboard.Series.Count);
        Assert.Equal(SeededCommandCenterFactory.Tickets, dashboard.Series.Sum(p => p.Created));
        foreach (var point in dashboard.Series.Where(p => p.Created > 0))
        {
            var page = await GetAsync<DrilldownPage>(point.Drilldown["created"] + "&limit=500");
            Assert.Equal(point.Created, page.TicketIds.Count);
        }

        var busiest = dashboard.Series.MaxBy(p => p.Solved)!;
        Assert.True(busiest.Solved > 0);
        Assert.InRange((await GetAsync<DrilldownPage>(busiest.Drilldown["solved"] + "&limit=500")).TicketIds.Count, 1, busiest.Solved);
    }

    [Fact]
    public async Task Operations_Backlog_EqualsItsDrilldownAndTheAgingBuckets()
    {
        var dashboard = await GetAsync<OperationsDashboard>($"/api/v1/dashboards/operations?period={Everything}");

        var last = dashboard.Series[^1];
        Assert.True(last.Backlog > 0);
        Assert.Equal(last.Backlog, (await GetAsync<DrilldownPage>(last.Drilldown["backlog"] + "&limit=500")).TicketIds.Count);
        Assert.Equal(last.Backlog, dashboard.BacklogAging.Sum(b => b.Tickets));
        foreach (var bucket in dashboard.BacklogAging)
        {
            Assert.Equal(bucket.Tickets, (await GetAsync<DrilldownPage>(bucket.Drilldown + "&limit=500")).TicketIds.Count);
        }
    }

    [Fact]
    public async Task Operations_SlaAttainment_BreachesDrillDownToTheBreachedTickets()
    {
        var dashboard = await GetAsync<OperationsDashboard>($"/api/v1/dashboards/operations?period={Everything}");

        var firstResponse = Assert.Single(dashboard.SlaAttainment, t => t.Timer == "first_response");
        Assert.True(firstResponse.Breached >= 4, "the seeded scenarios breach at least four first responses");
        Assert.Equal(Math.Round(100.0 * firstResponse.Met / (firstResponse.Met + firstResponse.Breached), 2), firstResponse.Attainment);
        var tickets = await GetAsync<DrilldownPage>(firstResponse.Drilldown["sla_breached"] + "&limit=500");
        Assert.Equal(firstResponse.Breached, tickets.TicketIds.Count); // one first-response cycle per ticket
    }

    [Fact]
    public async Task Operations_QueueFilter_SeriesAddUpToThatQueuesHealthRow()
    {
        var all = await GetAsync<OperationsDashboard>($"/api/v1/dashboards/operations?period={Everything}");
        var queue = all.QueueHealth.First(q => q.Created > 0);

        var filtered = await GetAsync<OperationsDashboard>($"/api/v1/dashboards/operations?period={Everything}&queue={Uri.EscapeDataString(queue.Queue)}");

        Assert.Equal(queue.Queue, filtered.Filter["queue"]);
        Assert.Equal(queue.Created, filtered.Series.Sum(p => p.Created));
        Assert.Equal(queue.Backlog, filtered.Series[^1].Backlog);
        Assert.Equal(SeededCommandCenterFactory.Tickets, all.QueueHealth.Sum(q => q.Created));
        Assert.All(filtered.Series, p => Assert.Contains($"queue={Uri.EscapeDataString(queue.Queue)}", p.Drilldown["created"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Drilldown_Paging_ReturnsEveryTicketOnce()
    {
        var all = (await GetAsync<DrilldownPage>($"/api/v1/dashboards/drilldown?metric=created&period={Everything}&limit=500")).TicketIds;
        var paged = new List<string>();
        string? after = null;
        do
        {
            var page = await GetAsync<DrilldownPage>($"/api/v1/dashboards/drilldown?metric=created&period={Everything}&limit=9" + (after is null ? string.Empty : $"&after={after}"));
            paged.AddRange(page.TicketIds);
            after = page.NextAfter;
        }
        while (after is not null);

        Assert.Equal(SeededCommandCenterFactory.Tickets, all.Count);
        Assert.Equal(all, paged);
    }

    [Fact]
    public async Task Executive_WholeWorkload_HasFiguresNarrativeAndTrend()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/dashboards/executive?period={Everything}");
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, "Executive");

        var dashboard = await (await _client.SendAsync(request)).ReadAsync<ExecutiveDashboard>();

        Assert.Equal(SeededCommandCenterFactory.Tickets, Assert.Single(dashboard.Figures, f => f.Id == "volume.created").Current);
        Assert.NotEmpty(dashboard.Narrative);
        Assert.Equal(19, dashboard.Series.Count);
        Assert.Equal(4, dashboard.SlaAttainment.Count);
    }

    [Theory]
    [InlineData("/api/v1/dashboards/drilldown?metric=opened", "metric")]
    [InlineData("/api/v1/dashboards/drilldown", "metric")]
    [InlineData("/api/v1/dashboards/drilldown?metric=created&timer=first_response", "timer")]
    [InlineData("/api/v1/dashboards/drilldown?metric=sla_met&timer=lunch", "timer")]
    [InlineData("/api/v1/dashboards/drilldown?metric=backlog_age", "bucket")]
    [InlineData("/api/v1/dashboards/drilldown?metric=created&limit=0", "limit")]
    [InlineData("/api/v1/dashboards/drilldown?metric=created&period=soon", "period")]
    [InlineData("/api/v1/dashboards/operations?channel=fax", "channel")]
    [InlineData("/api/v1/dashboards/operations?priority=p9", "priority")]
    [InlineData("/api/v1/dashboards/executive?period=2026-99", "period")]
    public async Task Dashboards_BadParameter_Returns400NamingIt(string url, string field)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/v1/dashboards/operations", "Executive", HttpStatusCode.Forbidden)]
    [InlineData("/api/v1/dashboards/operations", "TeamLead", HttpStatusCode.Forbidden)]
    [InlineData("/api/v1/dashboards/operations", "OpsManager", HttpStatusCode.OK)]
    [InlineData("/api/v1/dashboards/executive", "Executive", HttpStatusCode.OK)]
    [InlineData("/api/v1/dashboards/executive", "Agent", HttpStatusCode.Forbidden)]
    [InlineData("/api/v1/dashboards/drilldown?metric=created", "Executive", HttpStatusCode.OK)]
    [InlineData("/api/v1/dashboards/drilldown?metric=created", "anonymous", HttpStatusCode.Unauthorized)]
    public async Task Dashboards_ByRole_FollowTheirPolicies(string url, string role, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, role);

        Assert.Equal(expected, (await _client.SendAsync(request)).StatusCode);
    }

    private async Task<T> GetAsync<T>(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync<T>();
    }
}
