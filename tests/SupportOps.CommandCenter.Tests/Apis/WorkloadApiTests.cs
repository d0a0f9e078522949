using System.Net;
using System.Text.Json;
using NodaTime;
using SupportOps.CommandCenter.Workload;

namespace SupportOps.CommandCenter.Tests.Apis;

public sealed class WorkloadApiTests : IClassFixture<WorkloadApiTests.Factory>
{
    private readonly HttpClient _client;

    public WorkloadApiTests(Factory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _client = factory.CreateClient();
        factory.EnsureTicketsAsync().GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Get_OverloadedAndAbsentAgents_ReportsWorkloadAndDeterministicSuggestions()
    {
        var response = await _client.GetAsync("/api/v1/workload");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadAsync<WorkloadReport>();
        Assert.Equal(8, report.Agents.Count);
        var ava = Assert.Single(report.Agents, a => a.AgentId == "agent-1");
        Assert.Equal(9, ava.OpenAssigned);
        Assert.Equal(9.0 / 8, ava.Utilization);
        Assert.Equal(9, ava.OpenByChannel["email"]);
        Assert.True(ava.OnShift);
        Assert.Equal(9, ava.TicketAge.Count);
        Assert.Equal(9, ava.TicketAge.OldestHours);
        Assert.Equal(5, ava.TicketAge.MedianHours);
        Assert.Equal("W-9", ava.TicketAge.OldestTicketId);
        Assert.NotNull(ava.Occupancy);
        Assert.False(Assert.Single(report.Agents, a => a.AgentId == "agent-2").OnShift);
        Assert.Equal("away", Assert.Single(report.Agents, a => a.AgentId == "agent-6").Status);

        var americas = Assert.Single(report.Teams, t => t.Team == "americas");
        Assert.Equal(["agent-4"], americas.Leads);
        Assert.Equal(9, americas.OpenAssigned);
        Assert.Equal(8 + 8 + 6 + 10, americas.Capacity);

        // agent-6 is away with a ticket due within 4 hours: it goes to the least-loaded on-shift emea agent (agent-8, 1/10);
        // agent-1 is over capacity: its most urgent tickets (W-2 to W-9 are all due at 13:00 New York, so by id) go to
        // americas agents with room (agent-4 at 1/10, then agent-3 at 1/6) until it is at or below 90 %.
        Assert.Equal(
            [("A-1", "agent-6", "agent-8"), ("W-2", "agent-1", "agent-4"), ("W-3", "agent-1", "agent-3")],
            report.Suggestions.Select(s => (s.TicketId, s.From, s.To)));
        Assert.Contains("agent-1 holds 9 open tickets for a capacity of 8 (113%)", report.Suggestions[1].Reason, StringComparison.Ordinal);
        Assert.Contains("agent-6 is away", report.Suggestions[0].Reason, StringComparison.Ordinal);

        var again = await (await _client.GetAsync("/api/v1/workload")).Content.ReadAsStringAsync();
        Assert.Equal(JsonSerializer.Serialize(report, Json.Options), JsonSerializer.Serialize(JsonSerializer.Deserialize<WorkloadReport>(again, Json.Options), Json.Options));
    }

    [Theory]
    [InlineData("days=0")]
    [InlineData("days=91")]
    public async Task Get_BadDays_Returns400NamingDays(string query)
    {
        var response = await _client.GetAsync($"/api/v1/workload?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"days\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Agent", HttpStatusCode.Forbidden)]
    [InlineData("Executive", HttpStatusCode.Forbidden)]
    [InlineData("TeamLead", HttpStatusCode.OK)]
    public async Task Get_ByRole_OnlyWorkloadReaders(string role, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/workload");
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, role);

        Assert.Equal(expected, (await _client.SendAsync(request)).StatusCode);
    }

    public sealed class Factory : CommandCenterFactory
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private bool _created;

        public async Task EnsureTicketsAsync()
        {
            await _gate.WaitAsync();
            try
            {
                if (_created)
                {
                    return;
                }

                for (var i = 1; i <= 9; i++)
                {
                    await TestTickets.CreateAsync(this, $"W-{i}", assignee: "agent-1", age: Duration.FromHours(i));
                }

                await TestTickets.CreateAsync(this, "A-1", assignee: "agent-6", age: Duration.FromHours(2));
                _created = true;
            }
            finally
            {
                _gate.Release();
            }
        }

        protected override void Dispose(bool disposing)
        {
            _gate.Dispose();
            base.Dispose(disposing);
        }
    }
}
