using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.CommandCenter.Summaries;
using SupportOps.CommandCenter.Tests.Rollups;
using SupportOps.EventTimeline.Storage;
using SupportOps.Summarizer.Abstractions;
using SupportOps.Summarizer.Local;

namespace SupportOps.CommandCenter.Tests.Apis;

public sealed class SummariesApiTests(CommandCenterFactory factory) : IClassFixture<CommandCenterFactory>
{
    private static readonly Instant At = CommandCenterFactory.Now - Duration.FromHours(3);

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public void Summarizer_WithoutAnEndpoint_IsTheLocalSummarizer()
    {
        Assert.IsType<LocalSummarizer>(factory.Services.GetRequiredService<ISummarizer>());
    }

    [Fact]
    public async Task Regenerate_UnchangedInputs_ReturnsTheSameVersionAndChangedInputsMakeTheNext()
    {
        var stream = await CreateTicketAsync("S-1");

        var first = await PostAsync("S-1", HttpStatusCode.Created);
        var again = await PostAsync("S-1", HttpStatusCode.OK);
        await AppendAsync(stream.CustomerMessage(At + Duration.FromHours(1), "The refund has still not arrived and I am very unhappy."), 2);
        var changed = await PostAsync("S-1", HttpStatusCode.Created);

        Assert.True(first.Created);
        Assert.Equal(1, first.Summary.Version);
        Assert.Equal(64, first.Summary.InputsHash.Length);
        Assert.Equal("local", first.Summary.Provider);
        Assert.False(first.Summary.FallbackUsed);
        Assert.InRange(first.Summary.NextActions.Count, 2, 4);
        Assert.Contains(first.Summary.Entities, e => e.Type == "invoice_id" && e.Value == "INV-2041");
        Assert.False(again.Created);
        Assert.Equal(Json(first.Summary), Json(again.Summary));
        Assert.Equal(2, changed.Summary.Version);
        Assert.NotEqual(first.Summary.InputsHash, changed.Summary.InputsHash);
        Assert.Equal("negative", changed.Summary.Sentiment.Label);
    }

    [Fact]
    public async Task Regenerate_Forced_WritesANewVersionWithTheSameHash()
    {
        await CreateTicketAsync("S-2");
        var first = await PostAsync("S-2", HttpStatusCode.Created);

        var forced = await PostAsync("S-2", HttpStatusCode.Created, "?force=true");

        Assert.Equal(2, forced.Summary.Version);
        Assert.Equal(first.Summary.InputsHash, forced.Summary.InputsHash);
    }

    [Fact]
    public async Task GetLatestAndHistory_AfterThreeVersions_ReturnNewestFirst()
    {
        var stream = await CreateTicketAsync("S-3");
        await PostAsync("S-3", HttpStatusCode.Created);
        await PostAsync("S-3", HttpStatusCode.Created, "?force=true");
        await AppendAsync(stream.Reply(At + Duration.FromMinutes(30), "Please send the invoice number."), 2);
        await PostAsync("S-3", HttpStatusCode.Created);

        var latest = await (await _client.GetAsync("/api/v1/tickets/S-3/summary")).ReadAsync<TicketSummaryView>();
        var history = await (await _client.GetAsync("/api/v1/tickets/S-3/summary/history")).ReadAsync<SummaryHistoryView>();

        Assert.Equal(3, latest.Version);
        Assert.Equal([3, 2, 1], history.Versions.Select(v => v.Version));
        Assert.Equal(Json(latest), Json(history.Versions[0]));
    }

    [Fact]
    public async Task GetLatest_NoSummaryYet_Returns404SayingHowToCreateOne()
    {
        await CreateTicketAsync("S-4");

        var response = await _client.GetAsync("/api/v1/tickets/S-4/summary");
        var history = await (await _client.GetAsync("/api/v1/tickets/S-4/summary/history")).ReadAsync<SummaryHistoryView>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("No summary yet", problem.RootElement.GetProperty("title").GetString());
        Assert.Empty(history.Versions);
    }

    [Theory]
    [InlineData("GET", "/api/v1/tickets/nope/summary")]
    [InlineData("GET", "/api/v1/tickets/nope/summary/history")]
    [InlineData("POST", "/api/v1/tickets/nope/summary/regenerate")]
    public async Task Summary_UnknownTicket_Returns404Problem(string method, string url)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("'nope'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Executive", HttpStatusCode.Forbidden)]
    [InlineData("anonymous", HttpStatusCode.Unauthorized)]
    [InlineData("Agent", HttpStatusCode.Created)]
    public async Task Regenerate_ByRole_NeedsTicketsWrite(string role, HttpStatusCode expected)
    {
        var id = $"S-role-{role}";
        await CreateTicketAsync(id);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tickets/{id}/summary/regenerate");
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, role);

        Assert.Equal(expected, (await _client.SendAsync(request)).StatusCode);
    }

    private static string Json(TicketSummaryView view) => JsonSerializer.Serialize(view, Tests.Json.Options);

    private async Task<RegenerateSummaryResponse> PostAsync(string id, HttpStatusCode expected, string query = "")
    {
        var response = await _client.PostAsync($"/api/v1/tickets/{id}/summary/regenerate{query}", null);
        Assert.Equal(expected, response.StatusCode);
        return await response.ReadAsync<RegenerateSummaryResponse>();
    }

    private async Task<TicketStreamBuilder> CreateTicketAsync(string id)
    {
        var stream = new TicketStreamBuilder(id)
            .Created(At)
            .CustomerMessage(At + Duration.FromMinutes(1), "I was charged twice for invoice INV-2041. Please refund the duplicate charge.");
        await AppendAsync(stream, 0);
        return stream;
    }

    private async Task AppendAsync(TicketStreamBuilder stream, int from)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IEventStore>().AppendAsync(stream.Append(from, stream.Events.Count));
    }
}
