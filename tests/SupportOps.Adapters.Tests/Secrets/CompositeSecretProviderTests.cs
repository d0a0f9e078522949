using SupportOps.Adapters.Secrets;

namespace SupportOps.Adapters.Tests.Secrets;

public sealed class CompositeSecretProviderTests
{
    [Fact]
    public void TryGetSecret_FirstProviderHasIt_WinsOverLaterOnes()
    {
        var first = new EnvironmentVariableSecretProvider("A_", name => name == "A_SLACK_BOTTOKEN" ? "first" : null);
        var second = new EnvironmentVariableSecretProvider("B_", _ => "second");
        var sut = new CompositeSecretProvider(first, second);

        Assert.True(sut.TryGetSecret(SecretNames.SlackBotToken, out var fromFirst));
        Assert.Equal("first", fromFirst.Reveal());
        Assert.True(sut.TryGetSecret(SecretNames.EmailSmtpPassword, out var fromSecond));
        Assert.Equal("second", fromSecond.Reveal());
    }

    [Fact]
    public void TryGetSecret_NoProviderHasIt_ReturnsFalse()
    {
        var sut = new CompositeSecretProvider(new EnvironmentVariableSecretProvider("A_", _ => null));

        Assert.False(sut.TryGetSecret(SecretNames.SlackBotToken, out _));
    }
}
