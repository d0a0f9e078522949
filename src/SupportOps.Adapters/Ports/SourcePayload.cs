using SupportOps.Adapters.Internal;

namespace SupportOps.Adapters.Ports;

/// <summary>One raw payload from a ticket source, exactly as the external system produced it.</summary>
/// <remarks>
/// <para>
/// A payload may hold many changes (an incremental export page with a thousand tickets) or one (a
/// Slack event callback, an e-mail). Normalizers turn it into timeline events; when it cannot be
/// understood it is dead-lettered with these bytes.
/// </para>
/// </remarks>
public sealed record SourcePayload
{
    /// <summary>Initializes a payload.</summary>
    /// <param name="payloadId">Where it came from: a file name, a page URL, a delivery id. Must not be null or empty.</param>
    /// <param name="body">The raw bytes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="payloadId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="payloadId"/> is empty.</exception>
    public SourcePayload(string payloadId, ReadOnlyMemory<byte> body)
    {
        PayloadId = Guard.NotNullOrWhiteSpace(payloadId);
        Body = body;
    }

    /// <summary>Gets where the payload came from.</summary>
    public string PayloadId { get; }

    /// <summary>Gets the raw bytes.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>
    /// Gets the external ticket id when the transport, not the body, names it (Zendesk's
    /// <c>/tickets/{id}/comments</c> response carries no ticket id of its own).
    /// </summary>
    public string? ExternalTicketId { get; init; }
}
