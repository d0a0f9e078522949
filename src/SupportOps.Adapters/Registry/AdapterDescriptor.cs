using System.Collections.Immutable;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Internal;
using SupportOps.Adapters.Ports;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Registry;

/// <summary>
/// How to build one source's adapters: the normalizer, the mock source, the production source (when
/// this build has one) and the secrets production needs. Adapter packages register one each.
/// </summary>
public sealed class AdapterDescriptor
{
    /// <summary>Initializes a descriptor.</summary>
    /// <param name="source">The source the adapters serve.</param>
    /// <param name="createNormalizer">Builds the normalizer. Must not be null.</param>
    /// <param name="createMock">Builds the mock source, or returns null with nothing configured. Must not be null.</param>
    /// <param name="createProduction">Builds the production source; null when this build has none.</param>
    /// <param name="requiredSecrets">The secrets production mode needs (<see cref="Secrets.SecretNames"/>). Must not be null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public AdapterDescriptor(
        EventSource source,
        Func<IServiceProvider, ITicketNormalizer> createNormalizer,
        Func<IServiceProvider, ITicketSource?> createMock,
        Func<IServiceProvider, ITicketSource>? createProduction,
        IEnumerable<string> requiredSecrets)
    {
        Source = source;
        CreateNormalizer = Guard.NotNull(createNormalizer);
        CreateMock = Guard.NotNull(createMock);
        CreateProduction = createProduction;
        RequiredSecrets = [.. Guard.NotNull(requiredSecrets)];
    }

    /// <summary>Gets the source the adapters serve.</summary>
    public EventSource Source { get; }

    /// <summary>Gets the factory of the normalizer.</summary>
    public Func<IServiceProvider, ITicketNormalizer> CreateNormalizer { get; }

    /// <summary>Gets the factory of the mock source; it returns null when the mock is not configured (no fixture folder).</summary>
    public Func<IServiceProvider, ITicketSource?> CreateMock { get; }

    /// <summary>Gets the factory of the production source, or null when this build has none.</summary>
    public Func<IServiceProvider, ITicketSource>? CreateProduction { get; }

    /// <summary>Gets the secrets production mode needs.</summary>
    public ImmutableArray<string> RequiredSecrets { get; }
}
