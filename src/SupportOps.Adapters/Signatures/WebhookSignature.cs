using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace SupportOps.Adapters.Signatures;

/// <summary>HMAC-SHA256 helpers shared by the Zendesk and Slack verifiers.</summary>
internal static class WebhookSignature
{
    public const int HashSize = 32;

    public static void ComputeHmac(string secret, ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        try
        {
            using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
            hmac.AppendData(prefix);
            hmac.AppendData(body);
            hmac.GetHashAndReset(destination);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    public static bool WithinTolerance(Instant timestamp, Instant now, Duration tolerance)
    {
        var skew = now - timestamp;
        return skew <= tolerance && -skew <= tolerance;
    }
}
