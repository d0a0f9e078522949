using SupportOps.Adapters.Secrets;

namespace SupportOps.Adapters.Tests.Secrets;

public sealed class EnvironmentVariableSecretProviderTests
{
    [Fact]
    public void TryGetSecret_VariableSet_ReadsUpperCasedPrefixedName()
    {
        var variables = new Dictionary<string, string?> { ["SUPPORTOPS_ZENDESK_APITOKEN"] = "tok" };
        var sut = new EnvironmentVariableSecretProvider("SUPPORTOPS_", name => variables.GetValueOrDefault(name));

        Assert.True(sut.TryGetSecret(SecretNames.ZendeskApiToken, out var secret));
        Assert.Equal("tok", secret.Reveal());
        Assert.Equal("SUPPORTOPS_ZENDESK_APITOKEN", sut.VariableName(SecretNames.ZendeskApiToken));
    }

    [Fact]
    public void TryGetSecret_VariableMissing_ReturnsFalse()
    {
        var sut = new EnvironmentVariableSecretProvider("SUPPORTOPS_", _ => null);

        Assert.False(sut.TryGetSecret(SecretNames.ZendeskApiToken, out _));
    }
}
