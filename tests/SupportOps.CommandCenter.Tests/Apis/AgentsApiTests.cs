using System.Net;
using SupportOps.CommandCenter.Agents;

namespace SupportOps.CommandCenter.Tests.Apis;

public sealed class AgentsApiTests(CommandCenterFactory factory) : IClassFixture<CommandCenterFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task List_ReturnsTheRosterWithShiftsPresenceAndLoad()
    {
        await TestTickets.CreateAsync(factory, "G-1", assignee: "agent-5");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/agents");
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, "Agent");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var agents = await response.ReadAsync<List<AgentView>>();
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"agent-{i}"), agents.Select(a => a.AgentId));
        var eva = agents[4];
        Assert.Equal(("Eva Novak", "emea", "Europe/Berlin"), (eva.DisplayName, eva.Team, eva.TimeZone));
        Assert.Equal(["monday", "tuesday", "wednesday", "thursday", "friday"], eva.ShiftDays);
        Assert.Equal(("08:00", "17:00"), (eva.ShiftStart, eva.ShiftEnd));
        Assert.True(eva.OnShift);
        Assert.Equal(1, eva.OpenAssigned);
        Assert.Equal(3, eva.ChannelCapacity["chat"]);
        Assert.False(agents[1].OnShift); // Los Angeles, 08:00 local
        Assert.Equal("away", agents[5].Status);
        Assert.True(agents[3].IsTeamLead);
    }

    [Fact]
    public async Task List_SignedOut_Returns401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/agents");
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, TestAuthenticationHandler.Anonymous);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(request)).StatusCode);
    }
}
