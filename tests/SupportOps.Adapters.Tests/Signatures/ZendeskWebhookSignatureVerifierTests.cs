using System.Security.Cryptography;
using System.Text;
using FsCheck.Xunit;
using NodaTime;
using SupportOps.Adapters.Secrets;
using SupportOps.Adapters.Signatures;

namespace SupportOps.Adapters.Tests.Signatures;

/// <summary>
/// Zendesk signs <c>timestamp + body</c> with HMAC-SHA256 and sends it base64-encoded. The vector
/// below uses the test signing secret from Zendesk's "Verifying webhook authenticity" guide and was
/// computed independently with Python (<c>base64(hmac.new(secret, ts + body, sha256).digest())</c>);
/// the other tests recompute the expectation with <see cref="HMACSHA256.HashData(byte[], byte[])"/>.
/// </summary>
public sealed class ZendeskWebhookSignatureVerifierTests
{
    private const string SigningSecret = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==";
    private const string Timestamp = "2021-06-23T21:53:03Z";
    private const string BodyText = "{\"ticket_id\":\"123\"}";
    private const string KnownSignature = "rDGNgnGXKqVCR5azDbmtiI1+CmhcbqM9pT+CqyQUlw0=";

    private static readonly Instant Now = Instant.FromUtc(2021, 6, 23, 21, 54, 0);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(BodyText);

    private readonly ZendeskWebhookSignatureVerifier sut = new(new Secret(SecretNames.ZendeskWebhookSigningSecret, SigningSecret));

    [Fact]
    public void Sign_KnownVector_MatchesIndependentComputation()
    {
        var independent = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningSecret), Encoding.UTF8.GetBytes(Timestamp + BodyText)));

        Assert.Equal(KnownSignature, independent);
        Assert.Equal(KnownSignature, sut.Sign(Timestamp, Body));
    }

    [Fact]
    public void Verify_KnownVector_IsValid()
    {
        Assert.Equal(SignatureVerification.Valid, sut.Verify(KnownSignature, Timestamp, Body, Now));
    }

    [Fact]
    public void Verify_TamperedBody_IsMismatch()
    {
        var tampered = Encoding.UTF8.GetBytes("{\"ticket_id\":\"124\"}");

        Assert.Equal(SignatureVerification.Mismatch, sut.Verify(KnownSignature, Timestamp, tampered, Now));
    }

    [Fact]
    public void Verify_TamperedTimestamp_IsMismatch()
    {
        Assert.Equal(SignatureVerification.Mismatch, sut.Verify(KnownSignature, "2021-06-23T21:53:04Z", Body, Now));
    }

    [Fact]
    public void Verify_OldDelivery_IsOutOfTolerance()
    {
        Assert.Equal(SignatureVerification.TimestampOutOfTolerance, sut.Verify(KnownSignature, Timestamp, Body, Now + Duration.FromHours(1)));
    }

    [Theory]
    [InlineData(null, Timestamp, SignatureVerification.Missing)]
    [InlineData(KnownSignature, "", SignatureVerification.Missing)]
    [InlineData("not base64!", Timestamp, SignatureVerification.Malformed)]
    [InlineData("cXVpdGUgc2hvcnQ=", Timestamp, SignatureVerification.Malformed)]
    [InlineData(KnownSignature, "23/06/2021 21:53", SignatureVerification.Malformed)]
    public void Verify_MissingOrMalformedHeaders_IsRejected(string? signature, string? timestamp, SignatureVerification expected)
    {
        Assert.Equal(expected, sut.Verify(signature, timestamp, Body, Now));
    }

    [Property(MaxTest = 50)]
    public bool Verify_SignatureOfAnyBody_Meets_Specification(byte[] body, byte flip)
    {
        var signature = sut.Sign(Timestamp, body);
        var valid = sut.Verify(signature, Timestamp, body, Now) == SignatureVerification.Valid;
        if (body.Length == 0)
        {
            return valid;
        }

        var tampered = (byte[])body.Clone();
        tampered[flip % tampered.Length] ^= 0x01;
        return valid && sut.Verify(signature, Timestamp, tampered, Now) == SignatureVerification.Mismatch;
    }
}
