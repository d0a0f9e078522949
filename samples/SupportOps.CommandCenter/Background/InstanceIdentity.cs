using System.Globalization;

namespace SupportOps.CommandCenter.Background;

/// <summary>
/// The id this host instance claims leases and outbox batches under: configured
/// (<c>CommandCenter:Background:InstanceId</c>) or <c>{machine}:{process id}:{n}</c>, unique per host in a process.
/// </summary>
public sealed class InstanceIdentity
{
    private static int s_instances;
    private long _claims;

    /// <summary>Initializes a new instance of the <see cref="InstanceIdentity"/> class.</summary>
    /// <param name="configuredId">The configured id, or null or empty to derive one.</param>
    public InstanceIdentity(string? configuredId)
    {
        Id = string.IsNullOrWhiteSpace(configuredId)
            ? string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}:{Environment.ProcessId}:{Interlocked.Increment(ref s_instances)}")
            : configuredId;
    }

    /// <summary>Gets the instance id.</summary>
    public string Id { get; }

    /// <summary>Returns a token unique to one claim made by this instance (<c>{id}#{n}</c>).</summary>
    /// <returns>The token.</returns>
    public string NextClaimToken()
        => string.Create(CultureInfo.InvariantCulture, $"{Id}#{Interlocked.Increment(ref _claims)}");
}
