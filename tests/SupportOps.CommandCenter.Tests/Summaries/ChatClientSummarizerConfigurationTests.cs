using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using SupportOps.CommandCenter.Summaries;
using SupportOps.CommandCenter.Tests.Rollups;
using SupportOps.EventTimeline.Storage;
using SupportOps.Summarizer.Abstractions;
using SupportOps.Summarizer.ChatClient;

namespace SupportOps.CommandCenter.Tests.Summaries;

public sealed class ChatClientSummarizerConfigurationTests(ChatClientSummarizerConfigurationTests.UnreachableEndpointFactory factory)
    : IClassFixture<ChatClientSummarizerConfigurationTests.UnreachableEndpointFactory>
{
    private const string ApiKey = "sk-test-do-not-log-4f2a9c";

    [Fact]
    public void Summarizer_WithAnEndpoint_IsTheChatClientSummarizer()
    {
        Assert.IsType<ChatClientSummarizer>(factory.Services.GetRequiredService<ISummarizer>());
    }

    [Fact]
    public async Task Regenerate_EndpointUnreachable_FallsBackToTheLocalSummarizerWithoutLeakingTheKey()
    {
        var at = CommandCenterFactory.Now - Duration.FromHours(1);
        var stream = new TicketStreamBuilder("C-1").Created(at).CustomerMessage(at + Duration.FromMinutes(1), "Checkout returns HTTP 502 for every customer.");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IEventStore>().AppendAsync(stream.Append(0, 2));
        }

        var client = factory.CreateClient();
        var response = await client.PostAsync("/api/v1/tickets/C-1/summary/regenerate", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var result = await response.ReadAsync<RegenerateSummaryResponse>();
        Assert.True(result.Summary.FallbackUsed);
        Assert.Equal("error", result.Summary.FallbackReason);
        Assert.DoesNotContain(ApiKey, body, StringComparison.Ordinal);
        Assert.NotEmpty(factory.Logs);
        Assert.DoesNotContain(factory.Logs, line => line.Contains(ApiKey, StringComparison.Ordinal));
    }

    public sealed class UnreachableEndpointFactory : CommandCenterFactory
    {
        public ConcurrentQueue<string> Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);

            // Port 9 (discard) on the loopback: the connection is refused at once.
            builder.UseSetting("CommandCenter:Summarizer:Endpoint", "http://127.0.0.1:9/v1");
            builder.UseSetting("CommandCenter:Summarizer:Model", "test-model");
            builder.UseSetting("CommandCenter:Summarizer:ApiKey", ApiKey);
            builder.ConfigureTestServices(services => services.AddLogging(logging =>
            {
                logging.SetMinimumLevel(LogLevel.Trace);
                logging.AddProvider(new CollectingLoggerProvider(Logs));
            }));
        }
    }

    private sealed class CollectingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Collector(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Collector(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}
