using NodaTime;
using SupportOps.RoutingEngine.Internal;

namespace SupportOps.RoutingEngine.Agents;

/// <summary>One slot of the on-call rotation: who is primary and secondary from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive).</summary>
/// <remarks><para>This type is immutable and thread-safe.</para></remarks>
public sealed record OnCallShift
{
    /// <summary>Initializes a new on-call slot.</summary>
    /// <param name="start">The start, inclusive.</param>
    /// <param name="end">The end, exclusive; after <paramref name="start"/>.</param>
    /// <param name="primary">The primary agent id; must not be null or empty.</param>
    /// <param name="secondary">The secondary agent id, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>, or an id is empty.</exception>
    public OnCallShift(Instant start, Instant end, string primary, string? secondary = null)
    {
        if (end <= start)
        {
            throw new ArgumentException($"end must be after start ({start}), but was {end}.", nameof(end));
        }

        Start = start;
        End = end;
        Primary = Guard.NotNullOrWhiteSpace(primary).Trim();
        Secondary = secondary is null ? null : Guard.NotNullOrWhiteSpace(secondary).Trim();
    }

    /// <summary>Gets the start, inclusive.</summary>
    public Instant Start { get; }

    /// <summary>Gets the end, exclusive.</summary>
    public Instant End { get; }

    /// <summary>Gets the primary agent id.</summary>
    public string Primary { get; }

    /// <summary>Gets the secondary agent id, or null.</summary>
    public string? Secondary { get; }
}
