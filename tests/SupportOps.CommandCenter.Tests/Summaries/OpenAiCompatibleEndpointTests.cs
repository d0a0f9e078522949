using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.CommandCenter.Summaries;
using SupportOps.CommandCenter.Tests.Rollups;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Tests.Summaries;

/// <summary>The host's summarizer wiring against a small OpenAI-compatible chat-completions stub on 127.0.0.1.</summary>
public sealed class OpenAiCompatibleEndpointTests(OpenAiCompatibleEndpointTests.StubEndpointFactory factory)
    : IClassFixture<OpenAiCompatibleEndpointTests.StubEndpointFactory>
{
    private const string ApiKey = "sk-host-test-7d1e";

    private const string Answer = """
        {
          "summary": "Checkout returns HTTP 502 for every customer. The customer asks for an urgent fix.",
          "entities": [ { "type": "http_status", "value": "HTTP 502", "confidence": 0.97 } ],
          "sentiment": { "label": "negative", "score": -0.5 },
          "response_type": "escalate",
          "next_actions": [
            { "action": "page_oncall", "rationale": "All customers are affected.", "confidence": 0.92 },
            { "action": "send_status_update", "rationale": "The customer needs an acknowledgement.", "confidence": 0.8 }
          ],
          "escalation_reason": "outage"
        }
        """;

    [Fact]
    public async Task Regenerate_ConfiguredEndpoint_StoresTheModelsSummarySentWithTheKeyAndModel()
    {
        var at = CommandCenterFactory.Now - Duration.FromHours(1);
        var stream = new TicketStreamBuilder("O-1").Created(at).CustomerMessage(at + Duration.FromMinutes(1), "Checkout returns HTTP 502 for every customer.");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IEventStore>().AppendAsync(stream.Append(0, 2));
        }

        var response = await factory.CreateClient().PostAsync("/api/v1/tickets/O-1/summary/regenerate", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.ReadAsync<RegenerateSummaryResponse>();
        Assert.False(result.Summary.FallbackUsed);
        Assert.Equal("Checkout returns HTTP 502 for every customer. The customer asks for an urgent fix.", result.Summary.Summary);
        Assert.Equal("outage", result.Summary.EscalationReason);
        Assert.Equal("summary-prompt-v1", result.Summary.PromptVersion);
        var (authorization, body) = Assert.Single(factory.Requests);
        Assert.Equal("Bearer " + ApiKey, authorization);
        using var request = JsonDocument.Parse(body);
        Assert.Equal("host-test-model", request.RootElement.GetProperty("model").GetString());
        Assert.Contains("Checkout returns HTTP 502 for every customer.", request.RootElement.GetProperty("messages")[1].GetProperty("content").ToString(), StringComparison.Ordinal);
    }

    public sealed class StubEndpointFactory : CommandCenterFactory
    {
        private readonly WebApplication _stub;
        private readonly string _endpoint;

        public StubEndpointFactory()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            _stub = builder.Build();
            _stub.MapPost("/v1/chat/completions", async (HttpContext context) =>
            {
                using var reader = new StreamReader(context.Request.Body);
                Requests.Enqueue((context.Request.Headers.Authorization.ToString(), await reader.ReadToEndAsync()));
                return Results.Json(new
                {
                    id = "chatcmpl-host-1",
                    @object = "chat.completion",
                    created = 1_764_244_800,
                    model = "host-test-model",
                    choices = new[] { new { index = 0, message = new { role = "assistant", content = Answer }, finish_reason = "stop" } },
                    usage = new { prompt_tokens = 300, completion_tokens = 100, total_tokens = 400 },
                });
            });
            _stub.StartAsync().GetAwaiter().GetResult();
            _endpoint = _stub.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single() + "/v1";
        }

        public ConcurrentQueue<(string Authorization, string Body)> Requests { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("CommandCenter:Summarizer:Endpoint", _endpoint);
            builder.UseSetting("CommandCenter:Summarizer:Model", "host-test-model");
            builder.UseSetting("CommandCenter:Summarizer:ApiKey", ApiKey);
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                _stub.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
    }
}
