using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using SupportOps.EventTimeline.Exports;
using SupportOps.EventTimeline.Storage;
using SupportOps.EventTimeline.Tests.Support;

namespace SupportOps.EventTimeline.Tests;

public sealed class EventTimelineServiceCollectionExtensionsTests
{
    [Fact]
    public void AddEventTimeline_RegistersStoreClockAndExporters()
    {
        using var provider = new ServiceCollection().AddEventTimeline().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<InMemoryEventStore>(), provider.GetRequiredService<IEventStore>());
        Assert.NotNull(provider.GetRequiredService<IClock>());
        Assert.Equal(
            [TimelineExportFormat.JsonLines, TimelineExportFormat.Csv, TimelineExportFormat.Markdown],
            provider.GetServices<ITimelineExporter>().Select(exporter => exporter.Format));
    }

    [Fact]
    public void AddEventTimeline_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection().AddEventTimeline().AddEventTimeline();

        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IEventStore));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(InMemoryEventStore));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IClock));
        Assert.Equal(3, services.Count(descriptor => descriptor.ServiceType == typeof(ITimelineExporter)));
    }

    [Fact]
    public async Task AddEventTimeline_RegisteredClock_StampsRecordedAt()
    {
        var clock = new FakeClock(Samples.T0);
        using var provider = new ServiceCollection().AddSingleton<IClock>(clock).AddEventTimeline().BuildServiceProvider();
        var sut = provider.GetRequiredService<IEventStore>();

        var result = await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.Any, [Samples.New(Samples.Created(), "k")]));

        Assert.Equal(Samples.T0, result.Appended[0].RecordedAt);
    }

    [Fact]
    public void AddEventTimeline_HostStoreRegisteredFirst_IsKept()
    {
        var hostStore = new InMemoryEventStore(new FakeClock(Samples.T0));
        using var provider = new ServiceCollection().AddSingleton<IEventStore>(hostStore).AddEventTimeline().BuildServiceProvider();

        Assert.Same(hostStore, provider.GetRequiredService<IEventStore>());
    }

    [Fact]
    public void AddEventTimeline_NullServices_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => EventTimelineServiceCollectionExtensions.AddEventTimeline(null!));
    }
}
