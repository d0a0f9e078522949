using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.Adapters.DependencyInjection;
using SupportOps.Adapters.Registry;
using SupportOps.Adapters.Zendesk.DependencyInjection;
using SupportOps.Adapters.Zendesk.Mock;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Zendesk.Tests.DependencyInjection;

public sealed class ZendeskAdaptersBuilderExtensionsTests
{
    [Fact]
    public void AddZendesk_MockModeWithFixtures_ResolvesTheFixtureSource()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Adapters:Zendesk:FixturesPath"] = Fixture.Folder() }).Build();
        var services = new ServiceCollection();
        services.AddSupportOpsAdapters(configuration).AddZendesk().AddZendesk();
        using var provider = services.BuildServiceProvider();

        var resolution = provider.GetRequiredService<AdapterRegistry>().Resolve(EventSource.Zendesk);

        Assert.IsType<ZendeskFixtureSource>(resolution.TicketSource);
        Assert.Single(provider.GetServices<AdapterDescriptor>());
    }

    [Fact]
    public void AddZendesk_MockModeWithoutFixtures_SaysWhatToConfigure()
    {
        var services = new ServiceCollection();
        services.AddSupportOpsAdapters(new ConfigurationBuilder().Build()).AddZendesk();
        using var provider = services.BuildServiceProvider();

        var resolution = provider.GetRequiredService<AdapterRegistry>().Resolve(EventSource.Zendesk);

        Assert.False(resolution.IsAvailable);
        Assert.Contains("Adapters:Zendesk:FixturesPath", resolution.Reason, StringComparison.Ordinal);
    }
}
