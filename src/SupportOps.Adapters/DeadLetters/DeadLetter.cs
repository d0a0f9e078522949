using System.Security.Cryptography;
using System.Text;
using NodaTime;
using SupportOps.Adapters.Internal;

namespace SupportOps.Adapters.DeadLetters;

/// <summary>
/// A payload the ingest pipeline could not turn into timeline events, kept with the reason and the
/// raw bytes so that it can be inspected, fixed and replayed.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Fingerprint"/> (lower-case hex SHA-256 of the raw payload) together with
/// <see cref="Source"/> and <see cref="PayloadId"/> identifies a dead letter: stores keep one
/// entry per identity, so a redelivered bad payload is not dead-lettered twice.
/// </para>
/// </remarks>
public sealed record DeadLetter
{
    /// <summary>Initializes a dead letter.</summary>
    /// <param name="source">The source name (<c>zendesk</c>, <c>slack</c>, <c>email</c>). Must not be null or empty.</param>
    /// <param name="payloadId">Where the payload came from (a file name, a page cursor, a delivery id). Must not be null or empty.</param>
    /// <param name="reason">Why it was rejected, readable by a person. Must not be null or empty.</param>
    /// <param name="rawPayload">The payload exactly as received.</param>
    /// <param name="deadLetteredAt">When it was rejected.</param>
    /// <exception cref="ArgumentNullException">A string argument is null.</exception>
    /// <exception cref="ArgumentException">A string argument is empty or white space.</exception>
    public DeadLetter(string source, string payloadId, string reason, ReadOnlyMemory<byte> rawPayload, Instant deadLetteredAt)
    {
        Source = Guard.NotNullOrWhiteSpace(source);
        PayloadId = Guard.NotNullOrWhiteSpace(payloadId);
        Reason = Guard.NotNullOrWhiteSpace(reason);
        RawPayload = rawPayload;
        DeadLetteredAt = deadLetteredAt;
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(rawPayload.Span));
    }

    /// <summary>Gets the source name.</summary>
    public string Source { get; }

    /// <summary>Gets where the payload came from.</summary>
    public string PayloadId { get; }

    /// <summary>Gets why the payload was rejected.</summary>
    public string Reason { get; }

    /// <summary>Gets the payload exactly as received.</summary>
    public ReadOnlyMemory<byte> RawPayload { get; }

    /// <summary>Gets when the payload was rejected.</summary>
    public Instant DeadLetteredAt { get; }

    /// <summary>Gets the lower-case hex SHA-256 of <see cref="RawPayload"/>.</summary>
    public string Fingerprint { get; }

    /// <summary>Gets the identity stores deduplicate on: <c>{Source}:{PayloadId}:{Fingerprint}</c>.</summary>
    public string Key => $"{Source}:{PayloadId}:{Fingerprint}";

    /// <summary>Returns the payload as text when it is valid UTF-8.</summary>
    /// <param name="text">The decoded payload, or null when it is not valid UTF-8.</param>
    /// <returns><see langword="true"/> when the payload is valid UTF-8.</returns>
    public bool TryGetText(out string? text)
    {
        if (System.Text.Unicode.Utf8.IsValid(RawPayload.Span))
        {
            text = Encoding.UTF8.GetString(RawPayload.Span);
            return true;
        }

        text = null;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(DeadLetter? other) =>
        other is not null
        && Key == other.Key
        && Reason == other.Reason
        && DeadLetteredAt == other.DeadLetteredAt;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Reason, DeadLetteredAt);
}
