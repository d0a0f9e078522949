using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportOps.CommandCenter.Agents;
using SupportOps.CommandCenter.Apis;
using SupportOps.CommandCenter.Audit;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Routing;
using SupportOps.CommandCenter.Settings;
using SupportOps.CommandCenter.Workload;
using SupportOps.RiskModel.Scoring;
using SupportOps.SlaEngine.Evaluation;

namespace SupportOps.CommandCenter.Extensions;

/// <summary>Registers and maps ticket operations: agents, SLA state, routing, settings, audit and workload.</summary>
public static class TicketOpsExtensions
{
    /// <summary>
    /// Adds the agents, routing, settings, audit and workload services, and makes the SLA evaluator
    /// (and the ticket state calculator that uses it) follow the active settings.
    /// </summary>
    /// <param name="builder">The host builder; must not be null.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddTicketOps(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(_ => new ActiveSettings(ActiveSettings.LoadDefaults(Path.Combine(AppContext.BaseDirectory, "Configuration"))));

        // The SLA evaluator and the calculator read the active settings, so a saved SLA policy or calendar applies at once.
        services.Replace(ServiceDescriptor.Transient<SlaEvaluator>(sp => sp.GetRequiredService<ActiveSettings>().Current.SlaEvaluator));
        services.Replace(ServiceDescriptor.Singleton(sp =>
        {
            var active = sp.GetRequiredService<ActiveSettings>();
            return new TicketStateCalculator(() => active.Current.SlaEvaluator, sp.GetRequiredService<RiskScorer>());
        }));

        services.TryAddScoped<IAuditLog, EfAuditLog>();
        services.TryAddScoped<CapacitySnapshotFactory>();
        services.TryAddScoped<SettingsStore>();
        services.TryAddScoped<RoutingPolicyReplay>();
        services.TryAddScoped<RoutingDecisionCapture>();
        services.TryAddScoped<TicketRoutingService>();
        services.TryAddScoped<WorkloadCalculator>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ITicketProjection, RoutingProjection>());
        services.AddHostedService<TicketOpsInitializer>();
        return builder;
    }

    /// <summary>Maps the agents, SLA, routing, settings, audit and workload APIs.</summary>
    /// <param name="app">The endpoint builder; must not be null.</param>
    /// <returns>The endpoint builder.</returns>
    public static IEndpointRouteBuilder MapTicketOpsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapAgentsApi();
        app.MapSlaApi();
        app.MapRoutingApi();
        app.MapSettingsApi();
        app.MapAuditApi();
        app.MapWorkloadApi();
        return app;
    }
}
