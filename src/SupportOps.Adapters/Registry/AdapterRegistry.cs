using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SupportOps.Adapters.Internal;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Registry;

/// <summary>
/// Hands out the mock or production adapters of each registered source, as <c>Adapters:Mode</c> says.
/// </summary>
/// <remarks>
/// <para>Creating the registry reads the validated <see cref="AdaptersOptions"/>: in production mode a
/// missing secret fails right there with an <see cref="OptionsValidationException"/> naming each one.
/// This build ships no production adapters; in production mode <see cref="Resolve"/> says so instead
/// of pretending. Adapters are created on first use and cached. Thread-safe.</para>
/// </remarks>
public sealed class AdapterRegistry
{
    private readonly Dictionary<EventSource, AdapterDescriptor> descriptors = [];
    private readonly IServiceProvider services;
    private readonly ConcurrentDictionary<EventSource, AdapterResolution> resolved = new();

    /// <summary>Initializes a registry.</summary>
    /// <param name="descriptors">The registered adapters, at most one per source. Must not be null.</param>
    /// <param name="options">The adapter options; reading them runs validation. Must not be null.</param>
    /// <param name="services">Builds the adapters. Must not be null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two descriptors serve the same source.</exception>
    /// <exception cref="OptionsValidationException">Production mode lacks secrets; one failure names each.</exception>
    public AdapterRegistry(IEnumerable<AdapterDescriptor> descriptors, IOptions<AdaptersOptions> options, IServiceProvider services)
    {
        Mode = Guard.NotNull(options).Value.Mode;
        this.services = Guard.NotNull(services);
        foreach (var descriptor in Guard.NotNull(descriptors))
        {
            if (!this.descriptors.TryAdd(descriptor.Source, descriptor))
            {
                throw new ArgumentException($"Two adapters are registered for {descriptor.Source}.", nameof(descriptors));
            }
        }
    }

    /// <summary>Gets the mode the registry runs in.</summary>
    public AdapterMode Mode { get; }

    /// <summary>Gets the sources that have adapters registered, in enum order.</summary>
    public IReadOnlyList<EventSource> Sources => [.. descriptors.Keys.Order()];

    /// <summary>Gets the adapters of a source, or the reason there are none.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The resolution.</returns>
    public AdapterResolution Resolve(EventSource source) => resolved.GetOrAdd(source, Create);

    private AdapterResolution Create(EventSource source)
    {
        if (!descriptors.TryGetValue(source, out var descriptor))
        {
            return new AdapterResolution { Source = source, Reason = $"No adapter is registered for {source}." };
        }

        if (Mode == AdapterMode.Production)
        {
            return descriptor.CreateProduction is { } production
                ? new AdapterResolution { Source = source, TicketSource = production(services), Normalizer = descriptor.CreateNormalizer(services) }
                : new AdapterResolution { Source = source, Reason = $"The production {source} adapter is not available in this build; run with Adapters:Mode=Mock or register a production adapter." };
        }

        return descriptor.CreateMock(services) is { } mock
            ? new AdapterResolution { Source = source, TicketSource = mock, Normalizer = descriptor.CreateNormalizer(services) }
            : new AdapterResolution { Source = source, Reason = $"The mock {source} adapter is not configured: set Adapters:{source}:FixturesPath." };
    }
}
