using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using SupportOps.Adapters.Internal;
using SupportOps.Adapters.Secrets;

namespace SupportOps.Adapters.Signatures;

/// <summary>
/// Verifies Slack requests (Events API, slash commands, interactivity): the
/// <c>X-Slack-Signature</c> header is <c>v0=</c> followed by the lower-case hex HMAC-SHA256,
/// keyed with the app's signing secret, of the base string <c>v0:{timestamp}:{body}</c>, where the
/// timestamp is the <c>X-Slack-Request-Timestamp</c> header (Unix seconds).
/// </summary>
/// <remarks>
/// <para>
/// The comparison is constant-time (<see cref="CryptographicOperations.FixedTimeEquals"/>); the
/// timestamp must lie within <see cref="Tolerance"/> (Slack recommends five minutes) of the
/// <c>now</c> passed in. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class SlackRequestSignatureVerifier
{
    /// <summary>The header carrying the signature.</summary>
    public const string SignatureHeader = "X-Slack-Signature";

    /// <summary>The header carrying the timestamp.</summary>
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    private const string Version = "v0";

    private readonly Secret signingSecret;

    /// <summary>Initializes a verifier.</summary>
    /// <param name="signingSecret">The app's signing secret. Must not be null.</param>
    /// <param name="tolerance">How far the timestamp may be from <c>now</c>; defaults to five minutes. Must be positive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="signingSecret"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is zero or negative.</exception>
    public SlackRequestSignatureVerifier(Secret signingSecret, Duration? tolerance = null)
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

    /// <summary>Computes the signature Slack would send for a timestamp and body.</summary>
    /// <param name="timestamp">The timestamp header value (Unix seconds). Must not be null.</param>
    /// <param name="body">The raw request body.</param>
    /// <returns>The signature, <c>v0=</c> followed by 64 lower-case hex digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timestamp"/> is null.</exception>
    public string Sign(string timestamp, ReadOnlySpan<byte> body)
    {
        Guard.NotNull(timestamp);
        Span<byte> hash = stackalloc byte[WebhookSignature.HashSize];
        WebhookSignature.ComputeHmac(signingSecret.Reveal(), BaseStringPrefix(timestamp), body, hash);
        return Version + "=" + Convert.ToHexStringLower(hash);
    }

    /// <summary>Verifies one request.</summary>
    /// <param name="signature">The <see cref="SignatureHeader"/> value, or null when absent.</param>
    /// <param name="timestamp">The <see cref="TimestampHeader"/> value, or null when absent.</param>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="now">The current instant, from the caller's clock.</param>
    /// <returns>The outcome; only <see cref="SignatureVerification.Valid"/> means the request is authentic.</returns>
    public SignatureVerification Verify(string? signature, string? timestamp, ReadOnlySpan<byte> body, Instant now)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp))
        {
            return SignatureVerification.Missing;
        }

        const string prefix = Version + "=";
        Span<byte> provided = stackalloc byte[WebhookSignature.HashSize];
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > Instant.MaxValue.ToUnixTimeSeconds()
            || !signature.StartsWith(prefix, StringComparison.Ordinal)
            || signature.Length != prefix.Length + (2 * WebhookSignature.HashSize)
            || Convert.FromHexString(signature.AsSpan(prefix.Length), provided, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != WebhookSignature.HashSize)
        {
            return SignatureVerification.Malformed;
        }

        if (!WebhookSignature.WithinTolerance(Instant.FromUnixTimeSeconds(seconds), now, Tolerance))
        {
            return SignatureVerification.TimestampOutOfTolerance;
        }

        Span<byte> expected = stackalloc byte[WebhookSignature.HashSize];
        WebhookSignature.ComputeHmac(signingSecret.Reveal(), BaseStringPrefix(timestamp), body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, provided)
            ? SignatureVerification.Valid
            : SignatureVerification.Mismatch;
    }

    private static byte[] BaseStringPrefix(string timestamp) => Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
}
