using System.Buffers.Text;
using System.Text;
using NodaTime;
using NodaTime.Text;
using SupportOps.Adapters.Internal;
using SupportOps.Adapters.Secrets;

namespace SupportOps.Adapters.Signatures;

/// <summary>
/// Verifies Zendesk webhook deliveries: the <c>X-Zendesk-Webhook-Signature</c> header is the
/// base64 HMAC-SHA256, keyed with the webhook's signing secret, of the
/// <c>X-Zendesk-Webhook-Signature-Timestamp</c> header value followed directly by the raw body.
/// </summary>
/// <remarks>
/// <para>
/// The comparison is constant-time (<see cref="System.Security.Cryptography.CryptographicOperations.FixedTimeEquals"/>).
/// The timestamp (ISO-8601, for example <c>2021-06-23T21:53:03Z</c>) must lie within
/// <see cref="Tolerance"/> of the <c>now</c> passed in, which stops replays of old deliveries.
/// Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class ZendeskWebhookSignatureVerifier
{
    /// <summary>The header carrying the signature.</summary>
    public const string SignatureHeader = "X-Zendesk-Webhook-Signature";

    /// <summary>The header carrying the timestamp.</summary>
    public const string TimestampHeader = "X-Zendesk-Webhook-Signature-Timestamp";

    private readonly Secret signingSecret;

    /// <summary>Initializes a verifier.</summary>
    /// <param name="signingSecret">The webhook signing secret. Must not be null.</param>
    /// <param name="tolerance">How far the timestamp may be from <c>now</c>; defaults to five minutes. Must be positive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="signingSecret"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is zero or negative.</exception>
    public ZendeskWebhookSignatureVerifier(Secret signingSecret, Duration? tolerance = null)
    {
        this.signingSecret = Guard.NotNull(signingSecret);
        Tolerance = tolerance ?? Duration.FromMinutes(5);
        if (Tolerance <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), Tolerance, $"tolerance must be positive, but was {Tolerance}.");
        }
    }

    /// <summary>Gets how far the timestamp may be from <c>now</c>, in either direction.</summary>
    public Duration Tolerance { get; }

    /// <summary>Computes the signature Zendesk would send for a timestamp and body.</summary>
    /// <param name="timestamp">The timestamp header value. Must not be null.</param>
    /// <param name="body">The raw request body.</param>
    /// <returns>The base64 signature.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timestamp"/> is null.</exception>
    public string Sign(string timestamp, ReadOnlySpan<byte> body)
    {
        Guard.NotNull(timestamp);
        Span<byte> hash = stackalloc byte[WebhookSignature.HashSize];
        WebhookSignature.ComputeHmac(signingSecret.Reveal(), Encoding.UTF8.GetBytes(timestamp), body, hash);
        return Convert.ToBase64String(hash);
    }

    /// <summary>Verifies one delivery.</summary>
    /// <param name="signature">The <see cref="SignatureHeader"/> value, or null when absent.</param>
    /// <param name="timestamp">The <see cref="TimestampHeader"/> value, or null when absent.</param>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="now">The current instant, from the caller's clock.</param>
    /// <returns>The outcome; only <see cref="SignatureVerification.Valid"/> means the delivery is authentic.</returns>
    public SignatureVerification Verify(string? signature, string? timestamp, ReadOnlySpan<byte> body, Instant now)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp))
        {
            return SignatureVerification.Missing;
        }

        var parsed = InstantPattern.ExtendedIso.Parse(timestamp);
        Span<byte> provided = stackalloc byte[WebhookSignature.HashSize + 3];
        if (!parsed.Success
            || Base64.DecodeFromUtf8(Encoding.ASCII.GetBytes(signature), provided, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != WebhookSignature.HashSize)
        {
            return SignatureVerification.Malformed;
        }

        if (!WebhookSignature.WithinTolerance(parsed.Value, now, Tolerance))
        {
            return SignatureVerification.TimestampOutOfTolerance;
        }

        Span<byte> expected = stackalloc byte[WebhookSignature.HashSize];
        WebhookSignature.ComputeHmac(signingSecret.Reveal(), Encoding.UTF8.GetBytes(timestamp), body, expected);
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(expected, provided[..written])
            ? SignatureVerification.Valid
            : SignatureVerification.Mismatch;
    }
}
