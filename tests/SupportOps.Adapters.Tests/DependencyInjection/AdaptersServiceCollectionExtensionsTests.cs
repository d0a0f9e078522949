using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using SupportOps.Adapters.DeadLetters;
using SupportOps.Adapters.DependencyInjection;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Outbox;
using SupportOps.Adapters.Registry;
using SupportOps.Adapters.Secrets;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.Adapters.Tests.DependencyInjection;

public sealed class AdaptersServiceCollectionExtensionsTests
{
    private static readonly IConfiguration Configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Adapters:Outbox:MaxAttempts"] = "7", ["Adapters:Ingest:MaxPayloadBytes"] = "1024" })
        .Build();

    [Fact]
    public void AddSupportOpsAdapters_Always_RegistersThePlumbing()
    {
        using var provider = new ServiceCollection().AddSupportOpsAdapters(Configuration).Services.BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<IngestPipeline>());
        Assert.NotNull(provider.GetRequiredService<OutboxDispatcher>());
        Assert.NotNull(provider.GetRequiredService<AdapterRegistry>());
        Assert.IsType<InMemoryEventStore>(provider.GetRequiredService<IEventStore>());
        Assert.IsType<InMemoryDeadLetterStore>(provider.GetRequiredService<IDeadLetterStore>());
        Assert.IsType<CompositeSecretProvider>(provider.GetRequiredService<ISecretProvider>());
        Assert.Equal(7, provider.GetRequiredService<IOptions<OutboxDispatcherOptions>>().Value.MaxAttempts);
        Assert.Equal(1024, provider.GetRequiredService<IOptions<IngestPipelineOptions>>().Value.MaxPayloadBytes);
    }

    [Fact]
    public void AddSupportOpsAdapters_CalledTwice_AddsNothingTwice()
    {
        var services = new ServiceCollection();
        services.AddSupportOpsAdapters(Configuration);
        var count = services.Count;

        services.AddSupportOpsAdapters(Configuration);

        Assert.Equal(count, services.Count);
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IngestPipeline));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IValidateOptions<AdaptersOptions>));
    }

    [Fact]
    public void AddSupportOpsAdapters_ClockRegisteredFirst_IsUsed()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0));
        var services = new ServiceCollection().AddSingleton<IClock>(clock);

        using var provider = services.AddSupportOpsAdapters(Configuration).Services.BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddSupportOpsAdapters_InvalidOutboxOptions_FailValidation()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Adapters:Outbox:MaxAttempts"] = "0" }).Build();
        using var provider = new ServiceCollection().AddSupportOpsAdapters(configuration).Services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<OutboxDispatcherOptions>>().Value);

        Assert.Contains("MaxAttempts", Assert.Single(exception.Failures), StringComparison.Ordinal);
    }
}
