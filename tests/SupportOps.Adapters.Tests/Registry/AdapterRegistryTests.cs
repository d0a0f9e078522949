using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupportOps.Adapters.DependencyInjection;
using SupportOps.Adapters.Registry;
using SupportOps.Adapters.Secrets;
using SupportOps.Adapters.Tests.Ingest;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Tests.Registry;

public sealed partial class AdapterRegistryTests
{
    private static readonly AdapterDescriptor ApiAdapter = new(
        EventSource.Api,
        _ => new LineNormalizer(),
        _ => new ScriptedSource([]),
        createProduction: null,
        [SecretNames.ZendeskApiToken, SecretNames.SlackSigningSecret]);

    [Fact]
    public void Constructor_ProductionWithoutSecrets_FailsNamingEachMissingSecret()
    {
        using var provider = Build(new() { ["Adapters:Mode"] = "Production" });

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<AdapterRegistry>());

        Assert.Equal(2, exception.Failures.Count());
        Assert.Contains(exception.Failures, failure => failure.Contains("'Zendesk:ApiToken'", StringComparison.Ordinal) && failure.Contains("SUPPORTOPS_ZENDESK_APITOKEN", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, failure => failure.Contains("'Slack:SigningSecret'", StringComparison.Ordinal) && failure.Contains("Adapters:Secrets:Slack:SigningSecret", StringComparison.Ordinal));
    }

    [Fact]
    public void Constructor_ProductionWithOneSecretMissing_NamesOnlyThatOne()
    {
        using var provider = Build(new() { ["Adapters:Mode"] = "Production", ["Adapters:Secrets:Zendesk:ApiToken"] = "t" });

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<AdapterRegistry>());

        var failure = Assert.Single(exception.Failures);
        Assert.Contains("'Slack:SigningSecret'", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("Zendesk", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ProductionWithSecrets_SaysTheProductionAdapterIsNotAvailable()
    {
        using var provider = Build(new()
        {
            ["Adapters:Mode"] = "Production",
            ["Adapters:Secrets:Zendesk:ApiToken"] = "t",
            ["Adapters:Secrets:Slack:SigningSecret"] = "s",
        });
        var sut = provider.GetRequiredService<AdapterRegistry>();

        var resolution = sut.Resolve(EventSource.Api);

        Assert.False(resolution.IsAvailable);
        Assert.Contains("production Api adapter is not available", resolution.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_MockMode_ReturnsTheMockSourceAndNormalizer()
    {
        using var provider = Build([]);
        var sut = provider.GetRequiredService<AdapterRegistry>();

        var resolution = sut.Resolve(EventSource.Api);

        Assert.Equal(AdapterMode.Mock, sut.Mode);
        Assert.True(resolution.IsAvailable);
        Assert.IsType<ScriptedSource>(resolution.TicketSource);
        Assert.Same(resolution, sut.Resolve(EventSource.Api));
    }

    [Fact]
    public void Resolve_UnregisteredSource_SaysSo()
    {
        using var provider = Build([]);

        var resolution = provider.GetRequiredService<AdapterRegistry>().Resolve(EventSource.Email);

        Assert.False(resolution.IsAvailable);
        Assert.Contains("No adapter is registered for Email", resolution.Reason, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ISecretProvider>(new ConfigurationSecretProvider(configuration));
        services.AddSupportOpsAdapters(configuration);
        services.AddSingleton(ApiAdapter);
        return services.BuildServiceProvider();
    }
}
