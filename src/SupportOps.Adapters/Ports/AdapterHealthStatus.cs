namespace SupportOps.Adapters.Ports;

/// <summary>How well an adapter can do its work right now.</summary>
public enum AdapterHealthStatus
{
    /// <summary>Working normally.</summary>
    Healthy = 0,

    /// <summary>Working, but slowly or partly (rate-limited, some fixtures unreadable).</summary>
    Degraded,

    /// <summary>Not working (unreachable, unauthorized, not configured).</summary>
    Unhealthy,
}
