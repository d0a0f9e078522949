using System.Collections.Immutable;

namespace SupportOps.Adapters.Ingest;

/// <summary>What a normalizer made of one payload.</summary>
public sealed record NormalizationResult
{
    /// <summary>Gets a result with nothing in it.</summary>
    public static NormalizationResult Empty { get; } = new() { Tickets = [] };

    /// <summary>Gets the tickets and their events.</summary>
    public required ImmutableArray<NormalizedTicket> Tickets { get; init; }

    /// <summary>Gets the payload or items that failed validation. The default is empty.</summary>
    public ImmutableArray<PayloadRejection> Rejections { get; init; } = [];

    /// <summary>Gets how many valid items carried nothing for the timeline (bot messages, deletions, bounces, handshakes).</summary>
    public int Ignored { get; init; }

    /// <summary>Creates a result that rejects the whole payload.</summary>
    /// <param name="reason">Why. Must not be null or empty.</param>
    /// <param name="rawPayload">The payload.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    public static NormalizationResult Rejected(string reason, ReadOnlyMemory<byte> rawPayload) =>
        new() { Tickets = [], Rejections = [new PayloadRejection(reason, rawPayload)] };

    /// <summary>Creates a result for a valid payload that carries nothing for the timeline.</summary>
    /// <param name="count">How many items were ignored.</param>
    /// <returns>The result.</returns>
    public static NormalizationResult IgnoredItems(int count = 1) => new() { Tickets = [], Ignored = count };
}
