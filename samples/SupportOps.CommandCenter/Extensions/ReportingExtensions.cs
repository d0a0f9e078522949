using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenAI;
using SupportOps.CommandCenter.Apis;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Reports;
using SupportOps.CommandCenter.Rollups;
using SupportOps.CommandCenter.Summaries;
using SupportOps.Summarizer.ChatClient;
using SupportOps.Summarizer.Local;

namespace SupportOps.CommandCenter.Extensions;

/// <summary>Registers reporting: daily rollups, dashboards, the executive report, summaries and exports.</summary>
public static class ReportingExtensions
{
    /// <summary>The DI key of the chat client the summarizer uses.</summary>
    public const string SummarizerChatClientKey = "supportops-summarizer";

    /// <summary>
    /// Adds the daily rollup projection (maintained in each append's transaction), the dashboard and
    /// report services, and the summarizer: the local one by default, the chat-client one (with the
    /// local fallback) when <c>CommandCenter:Summarizer:Endpoint</c> names an OpenAI-compatible API.
    /// </summary>
    /// <param name="builder">The host builder; must not be null.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddReporting(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(_ => ReportingCalendar.Load(Path.Combine(AppContext.BaseDirectory, "Configuration")));
        services.TryAddSingleton<RollupFactExtractor>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ITicketProjection, DailyRollupProjection>());
        services.TryAddScoped<RollupReader>();
        services.TryAddScoped<RollupRecomputation>();
        services.TryAddScoped<ExecutiveReportBuilder>();
        services.TryAddScoped<DashboardService>();
        services.TryAddScoped<TicketSummaryService>();

        services.AddOptions<SummarizerSettings>().BindConfiguration(SummarizerSettings.Section)
            .Validate(s => s.Validate().Count == 0, "CommandCenter:Summarizer is not valid: Endpoint must be an absolute http(s) URI, Model not empty, Timeout positive.")
            .ValidateOnStart();
        var settings = builder.Configuration.GetSection(SummarizerSettings.Section).Get<SummarizerSettings>() ?? new SummarizerSettings();
        if (!string.IsNullOrWhiteSpace(settings.Endpoint) && settings.Validate().Count == 0)
        {
            services.TryAddKeyedSingleton<IChatClient>(SummarizerChatClientKey, (_, _) =>
            {
                var options = new OpenAIClientOptions
                {
                    Endpoint = new Uri(settings.Endpoint),
                    NetworkTimeout = settings.Timeout,

                    // The summarizer falls back to the local one on any failure: retrying here would only delay that.
                    RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                };

                // Local OpenAI-compatible servers often need no key; the client still requires one.
                var credential = new ApiKeyCredential(string.IsNullOrEmpty(settings.ApiKey) ? "not-needed" : settings.ApiKey);
                return new OpenAI.Chat.ChatClient(settings.Model, credential, options).AsIChatClient();
            });
            services.AddChatClientSummarizer(options =>
            {
                options.ChatClientKey = SummarizerChatClientKey;
                options.ModelId = settings.Model;
                options.Timeout = settings.Timeout;
            });
        }
        else
        {
            services.AddLocalSummarizer();
        }

        return builder;
    }

    /// <summary>Maps the dashboards, reports, summaries and exports APIs.</summary>
    /// <param name="app">The endpoint builder; must not be null.</param>
    /// <returns>The endpoint builder.</returns>
    public static IEndpointRouteBuilder MapReportingApis(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapDashboardsApi();
        app.MapReportsApi();
        app.MapSummariesApi();
        app.MapExportsApi();
        return app;
    }
}
