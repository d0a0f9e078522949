using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using SupportOps.Adapters.Secrets;
using SupportOps.Adapters.Signatures;

namespace SupportOps.CommandCenter.Ingest;

/// <summary>
/// Verifies the command center's documented signature for pushed email (an inbound-mail relay has no
/// standard one): <c>X-SupportOps-Signature: v1=</c> + hex HMAC-SHA256 of <c>{X-SupportOps-Timestamp}.{body}</c>
/// with the secret <c>Email:WebhookSigningSecret</c>, the timestamp in Unix seconds within <see cref="Tolerance"/>.
/// </summary>
/// <remarks>Compares in constant time. Thread-safe.</remarks>
public sealed class EmailWebhookSignatureVerifier
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-SupportOps-Signature";

    /// <summary>The timestamp header (Unix seconds).</summary>
    public const string TimestampHeader = "X-SupportOps-Timestamp";

    /// <summary>The secret's name (configuration key <c>Adapters:Secrets:Email:WebhookSigningSecret</c>).</summary>
    public const string SecretName = "Email:WebhookSigningSecret";

    private const string Scheme = "v1=";
    private readonly Secret _secret;

    /// <summary>Initializes a new instance of the <see cref="EmailWebhookSignatureVerifier"/> class.</summary>
    /// <param name="secret">The signing secret; must not be null.</param>
    /// <param name="tolerance">The accepted clock skew; 5 minutes when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="secret"/> is null.</exception>
    public EmailWebhookSignatureVerifier(Secret secret, Duration? tolerance = null)
    {
        _secret = secret ?? throw new ArgumentNullException(nameof(secret));
        Tolerance = tolerance ?? Duration.FromMinutes(5);
    }

    /// <summary>Gets the accepted difference between the timestamp and now, either way.</summary>
    public Duration Tolerance { get; }

    /// <summary>Computes the signature header value for a timestamp and body.</summary>
    /// <param name="timestamp">The timestamp header value.</param>
    /// <param name="body">The raw body.</param>
    /// <returns><c>v1=</c> and the lower-case hex HMAC.</returns>
    public string Sign(string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        return Scheme + Convert.ToHexStringLower(Hmac(timestamp, body));
    }

    /// <summary>Verifies a delivery.</summary>
    /// <param name="signature">The signature header value.</param>
    /// <param name="timestamp">The timestamp header value.</param>
    /// <param name="body">The raw body.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The verdict.</returns>
    public SignatureVerification Verify(string? signature, string? timestamp, ReadOnlySpan<byte> body, Instant now)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp))
        {
            return SignatureVerification.Missing;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > Instant.MaxValue.ToUnixTimeSeconds()
            || !signature.StartsWith(Scheme, StringComparison.Ordinal)
            || signature.Length != Scheme.Length + 64)
        {
            return SignatureVerification.Malformed;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(signature.AsSpan(Scheme.Length));
        }
        catch (FormatException)
        {
            return SignatureVerification.Malformed;
        }

        var skew = now - Instant.FromUnixTimeSeconds(seconds);
        if (skew > Tolerance || -skew > Tolerance)
        {
            return SignatureVerification.TimestampOutOfTolerance;
        }

        return CryptographicOperations.FixedTimeEquals(given, Hmac(timestamp, body)) ? SignatureVerification.Valid : SignatureVerification.Mismatch;
    }

    private byte[] Hmac(string timestamp, ReadOnlySpan<byte> body)
    {
        var key = Encoding.UTF8.GetBytes(_secret.Reveal());
        try
        {
            using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
            hmac.AppendData(Encoding.UTF8.GetBytes(timestamp + "."));
            hmac.AppendData(body);
            return hmac.GetHashAndReset();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }
}
