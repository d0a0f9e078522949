using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using SupportOps.Adapters.DeadLetters;
using SupportOps.Adapters.DependencyInjection;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Registry;
using SupportOps.Adapters.Slack.DependencyInjection;
using SupportOps.Adapters.Slack.Mock;
using SupportOps.Adapters.Slack.Normalization;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.Adapters.Slack.Tests.Mock;

public sealed class SlackEventsFixtureSourceTests
{
    private readonly FakeClock clock = new(Instant.FromUtc(2026, 11, 27, 12, 0));

    [Fact]
    public async Task RunAsync_ThreadFolder_BuildsOneTicketWithEachMessageOnce()
    {
        var store = new InMemoryEventStore(clock);
        var result = await Pipeline(store).RunAsync(new SlackEventsFixtureSource(Fixture.Folder("thread")), new SlackNormalizer());

        Assert.True(result.Completed, result.LastError);
        Assert.Equal(3, result.PagesRead);
        Assert.Equal(4, result.EventsAppended);
        Assert.Equal(3, result.DuplicatesSkipped);
        Assert.Equal(2, result.Ignored);
        var stream = await store.ReadStreamAsync("slack:C0HELPDESK:1767261600.000100");
        Assert.Equal(
            [TicketEventKind.TicketCreated, TicketEventKind.CustomerMessage, TicketEventKind.AgentPublicReply, TicketEventKind.CustomerMessage],
            stream.Select(e => e.Event.Kind));
        Assert.Equal("export.log", Assert.Single(((MessageEvent)stream[3].Event).Attachments).Name);
    }

    [Fact]
    public async Task RunAsync_AllFixturesTwice_SecondRunAppendsNothingAndDeadLettersOnce()
    {
        var store = new InMemoryEventStore(clock);
        var deadLetters = new InMemoryDeadLetterStore();
        var first = await Pipeline(store, deadLetters).RunAsync(new SlackEventsFixtureSource(Fixture.Folder()), new SlackNormalizer());

        var second = await Pipeline(store, deadLetters).RunAsync(new SlackEventsFixtureSource(Fixture.Folder()), new SlackNormalizer());

        Assert.Equal(5, first.DeadLettered);
        Assert.Equal(0, second.EventsAppended);
        Assert.Equal(5, (await deadLetters.ReadAllAsync()).Count);
        Assert.Equal(5, (await store.ListTicketIdsAsync()).Count);
    }

    [Fact]
    public async Task FetchTicketAsync_Thread_ReturnsEveryCallbackOfIt()
    {
        var sut = new SlackEventsFixtureSource(Fixture.Folder("thread"));

        var payloads = await sut.FetchTicketAsync("C0HELPDESK:1767261600.000100");

        Assert.Equal(6, payloads.Count);
    }

    [Fact]
    public void AddSlack_MockMode_ResolvesTheFixtureSource()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Adapters:Slack:FixturesPath"] = Fixture.Folder() }).Build();
        var services = new ServiceCollection();
        services.AddSupportOpsAdapters(configuration).AddSlack().AddSlack();
        using var provider = services.BuildServiceProvider();

        var resolution = provider.GetRequiredService<AdapterRegistry>().Resolve(EventSource.Slack);

        Assert.IsType<SlackEventsFixtureSource>(resolution.TicketSource);
        Assert.IsType<SlackNormalizer>(resolution.Normalizer);
    }

    private IngestPipeline Pipeline(IEventStore store, IDeadLetterStore? deadLetters = null) =>
        new(store, deadLetters ?? new InMemoryDeadLetterStore(), new InMemoryCursorStore(), clock, Options.Create(new IngestPipelineOptions()));
}
