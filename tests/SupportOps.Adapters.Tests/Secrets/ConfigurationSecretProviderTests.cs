using Microsoft.Extensions.Configuration;
using SupportOps.Adapters.Secrets;

namespace SupportOps.Adapters.Tests.Secrets;

public sealed class ConfigurationSecretProviderTests
{
    [Fact]
    public void TryGetSecret_ValueUnderAdaptersSecrets_ReturnsIt()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Adapters:Secrets:Slack:SigningSecret"] = "abc" })
            .Build();
        var sut = new ConfigurationSecretProvider(configuration);

        Assert.True(sut.TryGetSecret(SecretNames.SlackSigningSecret, out var secret));
        Assert.Equal("abc", secret.Reveal());
        Assert.Equal(SecretNames.SlackSigningSecret, secret.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void TryGetSecret_MissingOrBlank_ReturnsFalse(string? value)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Adapters:Secrets:Slack:SigningSecret"] = value })
            .Build();
        var sut = new ConfigurationSecretProvider(configuration);

        Assert.False(sut.TryGetSecret(SecretNames.SlackSigningSecret, out var secret));
        Assert.Null(secret);
    }
}
