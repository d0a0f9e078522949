using SupportOps.Adapters.Internal;

namespace SupportOps.Adapters.Ingest;

/// <summary>A payload, or one item inside it, that failed validation.</summary>
public sealed record PayloadRejection
{
    /// <summary>Initializes a rejection.</summary>
    /// <param name="reason">Why, readable by a person: <c>tickets[3]: missing "id"</c>. Must not be null or empty.</param>
    /// <param name="rawPayload">The rejected bytes: the whole payload, or just the item.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    public PayloadRejection(string reason, ReadOnlyMemory<byte> rawPayload)
    {
        Reason = Guard.NotNullOrWhiteSpace(reason);
        RawPayload = rawPayload;
    }

    /// <summary>Gets why the payload or item was rejected.</summary>
    public string Reason { get; }

    /// <summary>Gets the rejected bytes.</summary>
    public ReadOnlyMemory<byte> RawPayload { get; }

    /// <summary>Gets the item's position inside the payload (<c>tickets[3]</c>), or null when the whole payload was rejected.</summary>
    public string? ItemPath { get; init; }
}
