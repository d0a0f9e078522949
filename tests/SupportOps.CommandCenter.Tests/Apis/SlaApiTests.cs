using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.EventTimeline.Storage;
using SupportOps.CommandCenter.SlaState;
using SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Tests.Apis;

public sealed class SlaApiTests(CommandCenterFactory factory) : IClassFixture<CommandCenterFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetSla_NewTicket_ReturnsRunningTimersWithTheEnginesExplanation()
    {
        await TestTickets.CreateAsync(factory, "L-1", priority: Priority.P2);

        var response = await _client.GetAsync("/api/v1/tickets/L-1/sla");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sla = await response.ReadAsync<TicketSlaView>();
        Assert.Equal("standard", sla.PolicyId);
        Assert.Equal("2026-03-10T15:00:00Z", sla.EvaluatedAt);
        Assert.Equal("first_response", sla.SoonestDue);
        var first = Assert.Single(sla.Timers, t => t.Kind == "first_response");
        Assert.Equal("running", first.Status);
        Assert.Equal(240 * 60, first.TargetSeconds);
        Assert.Equal(60 * 60, first.ElapsedSeconds);
        Assert.Equal(25, first.ElapsedPercent);
        Assert.False(first.Breached);
        Assert.False(first.Paused);
        Assert.StartsWith("first_response cycle 1: policy 'standard', p2 target 4h", first.Explanation, StringComparison.Ordinal);
        Assert.True(first.Explanation.Contains("due 2026-03-10T18:00:00Z", StringComparison.Ordinal), first.Explanation);
        Assert.Equal("2026-03-10T18:00:00Z", first.Due);
    }

    [Fact]
    public async Task GetSla_OldTicket_IsBreachedWithNegativeRemaining()
    {
        await TestTickets.CreateAsync(factory, "L-2", priority: Priority.P1, age: NodaTime.Duration.FromDays(3));

        var sla = await (await _client.GetAsync("/api/v1/tickets/L-2/sla")).ReadAsync<TicketSlaView>();

        var first = Assert.Single(sla.Timers, t => t.Kind == "first_response");
        Assert.True(first.Breached);
        Assert.True(first.RemainingSeconds < 0);
        Assert.True(first.ElapsedPercent > 100);
        Assert.StartsWith("breached", first.State, StringComparison.Ordinal);
        Assert.Contains("breached: target reached before fulfilment", first.Explanation, StringComparison.Ordinal);
        Assert.True(sla.EverBreached);
    }

    [Fact]
    public async Task GetSla_PendingCustomer_ResolutionIsPausedSinceTheStatusChange()
    {
        await TestTickets.CreateAsync(factory, "L-3");
        var pausedAt = CommandCenterFactory.Now - NodaTime.Duration.FromMinutes(30);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IEventStore>().AppendAsync(new AppendRequest("L-3", ExpectedVersion.Exactly(2),
            [
                new NewEvent { Event = new AgentPublicReply { MessageId = "r1", AuthorId = "agent-1", Body = "Can you send the invoice?", Channel = Channel.Email }, OccurredAt = pausedAt, Actor = Actor.Agent("agent-1"), Source = EventSource.Api, DedupeKey = "L-3:r1" },
                new NewEvent { Event = new StatusChanged { From = TicketStatus.New, To = TicketStatus.PendingCustomer }, OccurredAt = pausedAt, Actor = Actor.Agent("agent-1"), Source = EventSource.Api, DedupeKey = "L-3:pending" },
            ]));
        }

        var sla = await (await _client.GetAsync("/api/v1/tickets/L-3/sla")).ReadAsync<TicketSlaView>();

        var first = Assert.Single(sla.Timers, t => t.Kind == "first_response");
        Assert.Equal("fulfilled", first.Status);
        var resolution = Assert.Single(sla.Timers, t => t.Kind == "resolution");
        Assert.True(resolution.Paused);
        Assert.Equal("paused", resolution.Status);
        Assert.Equal("2026-03-10T14:30:00Z", resolution.PausedAt);
        Assert.Equal(30 * 60, resolution.ElapsedSeconds);
    }

    [Fact]
    public async Task GetSla_UnknownTicket_Returns404ProblemDetails()
    {
        var response = await _client.GetAsync("/api/v1/tickets/NOPE/sla");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetSla_SignedOut_Returns401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tickets/L-1/sla");
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, TestAuthenticationHandler.Anonymous);

        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(request)).StatusCode);
    }
}
