using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Ports;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Registry;

/// <summary>What <see cref="AdapterRegistry.Resolve"/> found for a source: the adapters, or why there are none.</summary>
public sealed record AdapterResolution
{
    /// <summary>Gets the source asked for.</summary>
    public required EventSource Source { get; init; }

    /// <summary>Gets the ticket source, when available.</summary>
    public ITicketSource? TicketSource { get; init; }

    /// <summary>Gets the normalizer, when available.</summary>
    public ITicketNormalizer? Normalizer { get; init; }

    /// <summary>Gets why the adapters are not available, when they are not.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets whether the adapters are available.</summary>
    public bool IsAvailable => TicketSource is not null && Normalizer is not null;
}
