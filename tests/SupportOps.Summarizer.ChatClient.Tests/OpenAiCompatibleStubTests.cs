using System.ClientModel;
using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenAI;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.ChatClient.Tests.Fakes;
using static SupportOps.Summarizer.ChatClient.Tests.TestRequests;

namespace SupportOps.Summarizer.ChatClient.Tests;

/// <summary>
/// Runs the summarizer through the real OpenAI client (OpenAI + Microsoft.Extensions.AI.OpenAI) against a
/// small OpenAI-compatible chat-completions endpoint started on 127.0.0.1 with an ephemeral port.
/// </summary>
public sealed class OpenAiCompatibleStubTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string Authorization, string Body)> _requests = new();
    private WebApplication? _stub;
    private Uri? _endpoint;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _stub = builder.Build();
        _stub.MapPost("/v1/chat/completions", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            _requests.Enqueue((context.Request.Headers.Authorization.ToString(), await reader.ReadToEndAsync()));
            return Results.Json(new
            {
                id = "chatcmpl-stub-1",
                @object = "chat.completion",
                created = 1_764_244_800,
                model = "stub-gpt-1",
                choices = new[] { new { index = 0, message = new { role = "assistant", content = ModelAnswers.Valid }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 321, completion_tokens = 123, total_tokens = 444 },
            });
        });
        await _stub.StartAsync();
        var address = _stub.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        _endpoint = new Uri(address + "/v1");
    }

    public async Task DisposeAsync()
    {
        if (_stub is not null)
        {
            await _stub.DisposeAsync();
        }
    }

    [Fact]
    public async Task SummarizeAsync_ThroughTheOpenAiClient_ReturnsTheModelsResult()
    {
        using var chatClient = new OpenAI.Chat.ChatClient("stub-gpt-1", new ApiKeyCredential(ApiKey), new OpenAIClientOptions { Endpoint = _endpoint }).AsIChatClient();
        var logger = new CapturingLogger<ChatClientSummarizer>();
        var sut = CreateSut(chatClient, logger);

        var result = await sut.SummarizeAsync(Outage());

        Assert.False(result.Metadata.FallbackUsed, logger.AllText);
        Assert.Equal("openai", result.Metadata.Provider);
        Assert.Equal("stub-gpt-1", result.Metadata.Model);
        Assert.Equal("summary-prompt-v1", result.Metadata.PromptVersion);
        Assert.Equal(EscalationReason.Outage, result.EscalationReason);
        Assert.Equal("Checkout returns HTTP 502 for all customers since 08:40. The customer asks for an urgent fix.", result.Summary);

        var (authorization, body) = Assert.Single(_requests);
        Assert.Equal("Bearer " + ApiKey, authorization);
        using var request = JsonDocument.Parse(body);
        var messages = request.RootElement.GetProperty("messages");
        Assert.Contains("summary-prompt-v1", messages[0].GetProperty("content").ToString(), StringComparison.Ordinal);
        Assert.Contains("summary-request/v1", messages[1].GetProperty("content").ToString(), StringComparison.Ordinal);
        var format = request.RootElement.GetProperty("response_format");
        Assert.Equal("json_schema", format.GetProperty("type").GetString());
        Assert.Equal("ticket_summary", format.GetProperty("json_schema").GetProperty("name").GetString());
        Assert.DoesNotContain(ApiKey, logger.AllText, StringComparison.Ordinal);
    }
}
