using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using SupportOps.EventTimeline.Exports;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.EventTimeline;

/// <summary>Registers the event timeline with a service collection.</summary>
public static class EventTimelineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the in-memory <see cref="IEventStore"/> and the JSON Lines, CSV and Markdown
    /// <see cref="ITimelineExporter"/>s, each only when not already registered.
    /// </summary>
    /// <param name="services">The service collection; must not be null.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <remarks>
    /// <para>Registers <see cref="InMemoryEventStore"/> as a singleton and as <see cref="IEventStore"/>
    /// (a host that registers its own <see cref="IEventStore"/> first keeps it), and the system clock as
    /// <see cref="IClock"/> unless a clock is already registered. Calling it twice is harmless.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddEventTimeline(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // DI wiring is the one place that may pick the real clock; everything else takes IClock.
#pragma warning disable RS0030
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.TryAddSingleton(provider => new InMemoryEventStore(provider.GetRequiredService<IClock>()));
        services.TryAddSingleton<IEventStore>(provider => provider.GetRequiredService<InMemoryEventStore>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITimelineExporter, JsonLinesTimelineExporter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITimelineExporter, CsvTimelineExporter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITimelineExporter, MarkdownTranscriptExporter>());
        return services;
    }
}
