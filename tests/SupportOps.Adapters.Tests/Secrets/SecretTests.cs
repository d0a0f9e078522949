using SupportOps.Adapters.Secrets;

namespace SupportOps.Adapters.Tests.Secrets;

public sealed class SecretTests
{
    [Fact]
    public void ToString_Always_RedactsTheValue()
    {
        var sut = new Secret(SecretNames.SlackSigningSecret, "s3cr3t-value");

        Assert.Equal("Secret(Slack:SigningSecret: ***)", sut.ToString());
        Assert.DoesNotContain("s3cr3t", $"{sut}", StringComparison.Ordinal);
    }

    [Fact]
    public void Reveal_Always_ReturnsTheValue()
    {
        var sut = new Secret("Zendesk:ApiToken", "token-123");

        Assert.Equal("token-123", sut.Reveal());
    }

    [Fact]
    public void Constructor_EmptyValue_ThrowsWithoutEchoingIt()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Secret("Zendesk:ApiToken", "   "));

        Assert.Contains("Zendesk:ApiToken", exception.Message, StringComparison.Ordinal);
    }
}
