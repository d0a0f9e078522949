using System.Text;
using NodaTime;
using SupportOps.Adapters.Secrets;
using SupportOps.Adapters.Signatures;

namespace SupportOps.Adapters.Tests.Signatures;

/// <summary>
/// Uses the worked example of Slack's "Verifying requests from Slack" guide: signing secret
/// <c>8f742231b10e8888abcd99yyyzzz85a5</c>, timestamp <c>1531420618</c>, a slash-command body and
/// the documented signature <c>v0=a2114d57…b503</c> (also reproduced with Python's hmac module).
/// </summary>
public sealed class SlackRequestSignatureVerifierTests
{
    private const string DocumentedSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string DocumentedTimestamp = "1531420618";
    private const string DocumentedSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string DocumentedBody =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar"
        + "&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com"
        + "%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    private static readonly Instant DocumentedNow = Instant.FromUnixTimeSeconds(1531420618) + Duration.FromSeconds(30);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(DocumentedBody);

    private readonly SlackRequestSignatureVerifier sut = new(new Secret(SecretNames.SlackSigningSecret, DocumentedSecret));

    [Fact]
    public void Sign_DocumentedExample_ProducesDocumentedSignature()
    {
        Assert.Equal(DocumentedSignature, sut.Sign(DocumentedTimestamp, Body));
    }

    [Fact]
    public void Verify_DocumentedExample_IsValid()
    {
        Assert.Equal(SignatureVerification.Valid, sut.Verify(DocumentedSignature, DocumentedTimestamp, Body, DocumentedNow));
    }

    [Fact]
    public void Verify_TamperedBody_IsMismatch()
    {
        var tampered = Encoding.UTF8.GetBytes(DocumentedBody.Replace("roadrunner", "coyote", StringComparison.Ordinal));

        Assert.Equal(SignatureVerification.Mismatch, sut.Verify(DocumentedSignature, DocumentedTimestamp, tampered, DocumentedNow));
    }

    [Fact]
    public void Verify_TamperedTimestampWithinTolerance_IsMismatch()
    {
        Assert.Equal(SignatureVerification.Mismatch, sut.Verify(DocumentedSignature, "1531420619", Body, DocumentedNow));
    }

    [Fact]
    public void Verify_WrongSecret_IsMismatch()
    {
        var other = new SlackRequestSignatureVerifier(new Secret("Slack:SigningSecret", "another-secret"));

        Assert.Equal(SignatureVerification.Mismatch, other.Verify(DocumentedSignature, DocumentedTimestamp, Body, DocumentedNow));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void Verify_TimestampOutsideFiveMinutes_IsOutOfTolerance(int skewSeconds)
    {
        var now = Instant.FromUnixTimeSeconds(1531420618) + Duration.FromSeconds(skewSeconds);

        Assert.Equal(SignatureVerification.TimestampOutOfTolerance, sut.Verify(DocumentedSignature, DocumentedTimestamp, Body, now));
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void Verify_TimestampExactlyAtTolerance_IsValid(int skewSeconds)
    {
        var now = Instant.FromUnixTimeSeconds(1531420618) + Duration.FromSeconds(skewSeconds);

        Assert.Equal(SignatureVerification.Valid, sut.Verify(DocumentedSignature, DocumentedTimestamp, Body, now));
    }

    [Theory]
    [InlineData(null, DocumentedTimestamp, SignatureVerification.Missing)]
    [InlineData(DocumentedSignature, null, SignatureVerification.Missing)]
    [InlineData("", DocumentedTimestamp, SignatureVerification.Missing)]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", DocumentedTimestamp, SignatureVerification.Malformed)]
    [InlineData("v0=a2114d57", DocumentedTimestamp, SignatureVerification.Malformed)]
    [InlineData("v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", DocumentedTimestamp, SignatureVerification.Malformed)]
    [InlineData(DocumentedSignature, "yesterday", SignatureVerification.Malformed)]
    [InlineData(DocumentedSignature, "-1531420618", SignatureVerification.Malformed)]
    [InlineData(DocumentedSignature, "99999999999999999999", SignatureVerification.Malformed)]
    public void Verify_MissingOrMalformedHeaders_IsRejected(string? signature, string? timestamp, SignatureVerification expected)
    {
        Assert.Equal(expected, sut.Verify(signature, timestamp, Body, DocumentedNow));
    }

    [Fact]
    public void Verify_UpperCaseHexOfCorrectSignature_IsValid()
    {
        var upper = "v0=" + DocumentedSignature[3..].ToUpperInvariant();

        Assert.Equal(SignatureVerification.Valid, sut.Verify(upper, DocumentedTimestamp, Body, DocumentedNow));
    }

    [Fact]
    public void Constructor_NonPositiveTolerance_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SlackRequestSignatureVerifier(new Secret("s", "v"), Duration.Zero));
    }
}
