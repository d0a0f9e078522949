using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportOps.Adapters.DependencyInjection;
using SupportOps.Adapters.Email.DependencyInjection;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Outbox;
using SupportOps.Adapters.Ports;
using SupportOps.Adapters.Slack.DependencyInjection;
using SupportOps.Adapters.Zendesk.DependencyInjection;
using SupportOps.Analytics;
using SupportOps.CommandCenter.Apis;
using SupportOps.CommandCenter.Background;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Ingest;
using SupportOps.CommandCenter.Outbox;
using SupportOps.CommandCenter.Security;
using SupportOps.SlaEngine.Calendars;

namespace SupportOps.CommandCenter.Extensions;

/// <summary>Registers the background work: leases, the periodic jobs, the outbox, ingest and the webhook signature scheme.</summary>
public static class BackgroundWorkExtensions
{
    /// <summary>
    /// Adds the adapters (mock Zendesk, Slack and email sources; mock notification sinks), the database-backed
    /// ingest and outbox, the lease-guarded periodic jobs (SLA refresh and notifications, ingest, outbox
    /// dispatch, reconciliation, weekly executive report) and the <c>IngestWebhook</c> policy.
    /// </summary>
    /// <param name="builder">The host builder; must not be null.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddBackgroundWork(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(LeasedJobRunner)))
        {
            return builder; // already added: a second call is harmless
        }

        AddValidatedOptions<BackgroundOptions>(services, BackgroundOptions.Section, o => o.Problems());
        AddValidatedOptions<OutboxOptions>(services, OutboxOptions.Section, o => o.Problems());
        AddValidatedOptions<NotificationOptions>(services, NotificationOptions.Section, o => o.Problems());
        AddValidatedOptions<ExecutiveReportOptions>(services, ExecutiveReportOptions.Section, o => o.Problems());
        AddValidatedOptions<WebhookOptions>(services, WebhookOptions.Section, o => o.Problems());

        // The adapters: the host's EF event store is already registered (scoped), so the package's in-memory
        // one is not added. The pipeline is built per run over scoped stores (IngestService) and the outbox
        // is the database one, so the package's singleton pipeline and in-memory dispatcher are removed.
        services.AddSupportOpsAdapters(builder.Configuration).AddZendesk().AddSlack().AddEmail();
        services.RemoveAll<IngestPipeline>();
        services.RemoveAll<OutboxDispatcher>();
        var contentRoot = builder.Environment.ContentRootPath;
        services.PostConfigure<ZendeskAdapterOptions>(o => o.FixturesPath = Rooted(o.FixturesPath, contentRoot));
        services.PostConfigure<SlackAdapterOptions>(o => o.FixturesPath = Rooted(o.FixturesPath, contentRoot));
        services.PostConfigure<EmailAdapterOptions>(o => o.FixturesPath = Rooted(o.FixturesPath, contentRoot));
        services.AddAnalytics();

        services.TryAddSingleton(provider => new InstanceIdentity(provider.GetRequiredService<IOptions<BackgroundOptions>>().Value.InstanceId));
        services.TryAddSingleton<JobTrigger>();
        services.TryAddSingleton<LeasedJobRunner>();
        services.TryAddSingleton<MockNotificationLog>();
        services.TryAddSingleton<IOutboxClaimStrategy, ConditionalUpdateOutboxClaimStrategy>();
        services.TryAddSingleton(provider => new BusinessHoursGate(LoadCalendar(provider.GetRequiredService<IOptions<NotificationOptions>>().Value.CalendarFile)));
        if (!services.Any(d => d.ServiceType == typeof(INotificationSink)))
        {
            services.AddSingleton<INotificationSink>(provider => new MockNotificationSink(OutboxChannel.Slack, provider.GetRequiredService<MockNotificationLog>()));
            services.AddSingleton<INotificationSink>(provider => new MockNotificationSink(OutboxChannel.Email, provider.GetRequiredService<MockNotificationLog>()));
        }

        services.TryAddScoped<LeaseManager>();
        services.TryAddScoped<OutboxStore>();
        services.TryAddScoped<IngestService>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ITicketAppendObserver, AppendNudgeObserver>());

        AddJob<SlaRefreshJob>(services, SlaRefreshJob.JobName, o => o.SlaRefreshInterval);
        AddJob<SlaNotificationJob>(services, SlaNotificationJob.JobName, o => o.SlaRefreshInterval, o => o.AppendNudgeDelay);
        AddJob<IngestJob>(services, IngestJob.JobName, o => o.IngestInterval);
        AddJob<OutboxDispatchJob>(services, OutboxDispatchJob.JobName, o => o.OutboxInterval);
        AddJob<ReconciliationJob>(services, ReconciliationJob.JobName, o => o.ReconciliationInterval);
        AddJob<ExecutiveReportJob>(services, ExecutiveReportJob.JobName, o => o.ExecutiveReportCheckInterval);

        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, WebhookSignatureAuthenticationHandler>(WebhookSignatureAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(AuthorizationPolicies.IngestWebhook, policy => policy
            .AddAuthenticationSchemes(WebhookSignatureAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireClaim(WebhookSignatureAuthenticationHandler.SourceClaim));
        return builder;
    }

    /// <summary>Maps the ingest webhooks (<c>/api/v1/ingest</c>) and the operations API (<c>/api/v1/operations</c>).</summary>
    /// <param name="app">The endpoint builder; must not be null.</param>
    /// <returns>The endpoint builder.</returns>
    public static IEndpointRouteBuilder MapWorkerApis(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapWebhooksApi();
        app.MapOperationsApi();
        return app;
    }

    private static void AddValidatedOptions<TOptions>(IServiceCollection services, string section, Func<TOptions, IEnumerable<string>> problems)
        where TOptions : class
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(new ProblemsValidator<TOptions>(problems)));
    }

    private static void AddJob<TJob>(IServiceCollection services, string name, Func<BackgroundOptions, TimeSpan> interval, Func<BackgroundOptions, TimeSpan?>? nudgeDelay = null)
        where TJob : class, IBackgroundJob
    {
        if (services.Any(d => d.ServiceType == typeof(JobSchedule<TJob>)))
        {
            return;
        }

        services.AddScoped<TJob>();
        services.AddSingleton(new JobSchedule<TJob>(name, interval, nudgeDelay));
        services.AddHostedService<PeriodicJobService<TJob>>();
    }

    private static BusinessCalendar LoadCalendar(string file)
        => BusinessCalendar.FromJson(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Configuration", file)));

    private static string? Rooted(string? path, string contentRoot)
        => string.IsNullOrWhiteSpace(path) || Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(contentRoot, path));
}
