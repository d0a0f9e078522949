using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportOps.CommandCenter.Inbox;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Extensions;

/// <summary>Registers the inbox: the counters projection and live updates (observer, broadcaster, poller).</summary>
public static class InboxExtensions
{
    /// <summary>Adds the inbox counters, the live-update broadcaster, its append observer and the cross-instance poller.</summary>
    /// <param name="builder">The host builder; must not be null.</param>
    /// <returns>The builder.</returns>
    public static IHostApplicationBuilder AddInbox(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section)
            .Validate(o => o.IsValid(), "CommandCenter:Inbox: PollInterval must be 50 ms to 1 minute; PollBatchSize and SubscriberCapacity 1 to 100,000.")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ITicketProjection, InboxCounterProjection>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ITicketAppendObserver, InboxAppendObserver>());
        services.TryAddScoped<InboxCounterRebuilder>();
        services.TryAddSingleton<InboxBroadcaster>();
        services.TryAddSingleton<InboxEventPoller>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, InboxEventPoller>(sp => sp.GetRequiredService<InboxEventPoller>()));
        return builder;
    }
}
