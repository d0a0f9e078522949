using SupportOps.Adapters.Internal;

namespace SupportOps.Adapters.Ports;

/// <summary>The result of an adapter health check.</summary>
public sealed record AdapterHealth
{
    /// <summary>Initializes a health result.</summary>
    /// <param name="status">The status.</param>
    /// <param name="description">What was checked and what was found. Must not be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    public AdapterHealth(AdapterHealthStatus status, string description)
    {
        Status = status;
        Description = Guard.NotNull(description);
    }

    /// <summary>Gets the status.</summary>
    public AdapterHealthStatus Status { get; }

    /// <summary>Gets what was checked and what was found.</summary>
    public string Description { get; }

    /// <summary>Creates a healthy result.</summary>
    /// <param name="description">What was checked. Must not be null.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    public static AdapterHealth Healthy(string description) => new(AdapterHealthStatus.Healthy, description);

    /// <summary>Creates an unhealthy result.</summary>
    /// <param name="description">What failed. Must not be null.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    public static AdapterHealth Unhealthy(string description) => new(AdapterHealthStatus.Unhealthy, description);
}
