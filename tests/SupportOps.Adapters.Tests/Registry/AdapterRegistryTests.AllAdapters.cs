using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupportOps.Adapters.DependencyInjection;
using SupportOps.Adapters.Email.DependencyInjection;
using SupportOps.Adapters.Registry;
using SupportOps.Adapters.Secrets;
using SupportOps.Adapters.Slack.DependencyInjection;
using SupportOps.Adapters.Zendesk.DependencyInjection;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Tests.Registry;

public sealed partial class AdapterRegistryTests
{
    [Fact]
    public void Constructor_ProductionWithEveryAdapterAndNoSecrets_NamesAllSixSecrets()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Adapters:Mode"] = "Production" }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ISecretProvider>(new ConfigurationSecretProvider(configuration));
        services.AddSupportOpsAdapters(configuration).AddZendesk().AddSlack().AddEmail();
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<AdapterRegistry>());

        Assert.Equal(
            ["Email:MailboxPassword", "Email:SmtpPassword", "Slack:BotToken", "Slack:SigningSecret", "Zendesk:ApiToken", "Zendesk:WebhookSigningSecret"],
            exception.Failures.Select(failure => failure.Split('\'')[1]).Order(StringComparer.Ordinal));
        Assert.Contains("Zendesk:ApiToken", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_MockModeWithEveryAdapterConfigured_ReturnsEachSource()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Adapters:Zendesk:FixturesPath"] = "zendesk",
            ["Adapters:Slack:FixturesPath"] = "slack",
            ["Adapters:Email:FixturesPath"] = "mail",
        }).Build();
        var services = new ServiceCollection();
        services.AddSupportOpsAdapters(configuration).AddZendesk().AddSlack().AddEmail();
        using var provider = services.BuildServiceProvider();
        var sut = provider.GetRequiredService<AdapterRegistry>();

        Assert.Equal([EventSource.Zendesk, EventSource.Slack, EventSource.Email], sut.Sources);
        Assert.All(sut.Sources, source => Assert.True(sut.Resolve(source).IsAvailable));
    }
}
