using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using SupportOps.Adapters.DeadLetters;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Internal;
using SupportOps.Adapters.Outbox;
using SupportOps.Adapters.Registry;
using SupportOps.Adapters.Secrets;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.Adapters.DependencyInjection;

/// <summary>Registers the SupportOps adapter plumbing in a service collection.</summary>
public static class AdaptersServiceCollectionExtensions
{
    /// <summary>
    /// Registers the ingest pipeline, the outbox and its dispatcher, dead-letter and cursor stores, the
    /// secret provider and the <see cref="AdapterRegistry"/>, with options bound from <c>Adapters</c>,
    /// <c>Adapters:Ingest</c> and <c>Adapters:Outbox</c> and validated on start.
    /// </summary>
    /// <param name="services">The service collection. Must not be null.</param>
    /// <param name="configuration">The configuration root. Must not be null.</param>
    /// <returns>A builder to add the Zendesk, Slack and e-mail adapters to.</returns>
    /// <remarks>
    /// <para>Every registration uses <c>TryAdd</c>, so a second call adds nothing and services registered
    /// earlier (an EF Core <see cref="IEventStore"/>, a durable <see cref="IOutbox"/>, a test clock) win.
    /// Defaults: the in-memory event store, outbox, dead-letter and cursor stores; secrets from
    /// <c>Adapters:Secrets</c> then <c>SUPPORTOPS_*</c> environment variables; the system clock.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SupportOpsAdaptersBuilder AddSupportOpsAdapters(this IServiceCollection services, IConfiguration configuration)
    {
        Guard.NotNull(services);
        Guard.NotNull(configuration);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(AdaptersMarker)))
        {
            return new SupportOpsAdaptersBuilder(services, configuration);
        }

        services.AddSingleton<AdaptersMarker>();
        services.AddOptions<AdaptersOptions>().Bind(configuration.GetSection(AdaptersOptions.SectionName)).ValidateOnStart();
        services.AddOptions<IngestPipelineOptions>().Bind(configuration.GetSection(IngestPipelineOptions.SectionName)).ValidateOnStart();
        services.AddOptions<OutboxDispatcherOptions>().Bind(configuration.GetSection(OutboxDispatcherOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdaptersOptions>, AdaptersOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IngestPipelineOptions>, IngestPipelineOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutboxDispatcherOptions>, OutboxDispatcherOptionsValidator>());

        // DI wiring is the one place the real clocks are chosen; everything else takes them injected.
#pragma warning disable RS0030
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(TimeProvider.System);
#pragma warning restore RS0030

        services.TryAddSingleton<ISecretProvider>(_ => new CompositeSecretProvider(new ConfigurationSecretProvider(configuration), new EnvironmentVariableSecretProvider()));
        services.TryAddSingleton<IEventStore>(provider => new InMemoryEventStore(provider.GetRequiredService<IClock>()));
        services.TryAddSingleton<IDeadLetterStore, InMemoryDeadLetterStore>();
        services.TryAddSingleton<ICursorStore, InMemoryCursorStore>();
        services.TryAddSingleton<IOutbox, InMemoryOutbox>();
        services.TryAddSingleton<IngestPipeline>();
        services.TryAddSingleton(provider => new OutboxDispatcher(
            provider.GetRequiredService<IOutbox>(),
            provider.GetServices<Ports.INotificationSink>(),
            provider.GetRequiredService<IOptions<OutboxDispatcherOptions>>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<AdapterRegistry>();
        return new SupportOpsAdaptersBuilder(services, configuration);
    }

    /// <summary>Marks a collection the adapters were added to, so option bindings are not added twice.</summary>
    private sealed class AdaptersMarker;
}
