using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.CommandCenter.Tests.Rollups;
using SupportOps.EventTimeline.Exports;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Tests.Apis;

public sealed class ExportsApiTests(CommandCenterFactory factory) : IClassFixture<CommandCenterFactory>, IAsyncLifetime
{
    private static readonly Instant At = CommandCenterFactory.Now - Duration.FromHours(5);

    private readonly HttpClient _client = factory.CreateClient();

    public async Task InitializeAsync()
    {
        var stream = new TicketStreamBuilder("X-1")
            .Created(At, subject: "Checkout, \"payments\" fail")
            .CustomerMessage(At + Duration.FromMinutes(2), "Every card payment fails with HTTP 502.")
            .Reply(At + Duration.FromMinutes(20), "We are looking into it.")
            .Status(At + Duration.FromHours(2), EventTimeline.Events.TicketStatus.Solved);
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IEventStore>().AppendAsync(new AppendRequest("X-1", ExpectedVersion.Any, stream.Events));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TranscriptMarkdown_HasTheSubjectAndTheMessages()
    {
        var response = await _client.GetAsync("/api/v1/tickets/X-1/transcript.md");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("transcript-X-1.md", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.Contains("Checkout, \"payments\" fail", markdown, StringComparison.Ordinal);
        Assert.Contains("Every card payment fails with HTTP 502.", markdown, StringComparison.Ordinal);
        Assert.Contains("We are looking into it.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranscriptJson_HasEveryEnvelopeInVersionOrder()
    {
        var response = await _client.GetAsync("/api/v1/tickets/X-1/transcript.json");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("X-1", document.RootElement.GetProperty("ticket_id").GetString());
        Assert.Equal(4, document.RootElement.GetProperty("version").GetInt64());
        var events = document.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal([1L, 2L, 3L, 4L], events.Select(e => e.GetProperty("version").GetInt64()));
        Assert.Equal(["ticket_created", "customer_message", "agent_public_reply", "status_changed"], events.Select(e => e.GetProperty("event").GetProperty("type").GetString()));
    }

    [Fact]
    public async Task TranscriptCsv_HasTheExporterColumnsAndOneRowPerEvent()
    {
        var response = await _client.GetAsync("/api/v1/tickets/X-1/transcript.csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(string.Join(',', CsvTimelineExporter.Columns), lines[0]);
        Assert.Equal(5, lines.Count);
        Assert.Contains("\"Checkout, \"\"payments\"\" fail\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("md")]
    [InlineData("json")]
    [InlineData("csv")]
    public async Task Transcript_UnknownTicket_Returns404Problem(string format)
    {
        var response = await _client.GetAsync($"/api/v1/tickets/missing/transcript.{format}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("Executive", HttpStatusCode.OK)]
    [InlineData("Agent", HttpStatusCode.OK)]
    [InlineData("anonymous", HttpStatusCode.Unauthorized)]
    public async Task Transcript_ByRole_NeedsTicketsRead(string role, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tickets/X-1/transcript.md");
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, role);

        Assert.Equal(expected, (await _client.SendAsync(request)).StatusCode);
    }
}
