using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using SupportOps.Adapters.DeadLetters;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Ports;
using SupportOps.Adapters.Zendesk.Mock;
using SupportOps.Adapters.Zendesk.Normalization;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.Adapters.Zendesk.Tests.Mock;

public sealed class ZendeskFixtureSourceTests
{
    private readonly FakeClock clock = new(Instant.FromUtc(2026, 11, 27, 12, 0));

    [Fact]
    public async Task ListChangesAsync_MixedFolder_DeliversExportPagesByEndTimeThenAuditsThenComments()
    {
        var sut = new ZendeskFixtureSource(Fixture.Folder());
        var delivered = new List<SourcePayload>();
        SourceCursor? cursor = null;
        ChangePage page;
        do
        {
            page = await sut.ListChangesAsync(cursor);
            delivered.AddRange(page.Payloads);
            cursor = page.Cursor;
        }
        while (page.HasMore);

        var ids = delivered.Select(p => p.PayloadId.Replace('\\', '/')).ToList();
        Assert.True(ids.IndexOf("export/time/page-a.json") < ids.IndexOf("export/time/page-0.json"));
        Assert.True(ids.IndexOf("export/time/page-0.json") < ids.IndexOf("history/audits.json"));
        Assert.True(ids.IndexOf("history/audits.json") < ids.IndexOf("history/tickets/101/comments.json"));
        Assert.Equal("101", delivered.Single(p => p.PayloadId.EndsWith("comments.json", StringComparison.Ordinal) && p.PayloadId.Contains("101", StringComparison.Ordinal)).ExternalTicketId);
        Assert.Equal(10, delivered.Count);
        Assert.Empty((await sut.ListChangesAsync(cursor)).Payloads);
    }

    [Fact]
    public async Task RunAsync_FolderIngestedTwice_AppendsNothingTheSecondTime()
    {
        var store = new InMemoryEventStore(clock);
        var deadLetters = new InMemoryDeadLetterStore();
        var first = await Pipeline(store, deadLetters, new InMemoryCursorStore()).RunAsync(new ZendeskFixtureSource(Fixture.Folder()), new ZendeskNormalizer());

        var second = await Pipeline(store, deadLetters, new InMemoryCursorStore()).RunAsync(new ZendeskFixtureSource(Fixture.Folder()), new ZendeskNormalizer());

        Assert.True(first.Completed, first.LastError);
        Assert.True(first.EventsAppended > 20);
        Assert.Equal(1, first.DeadLettered);
        Assert.Equal(0, second.EventsAppended);
        Assert.Equal(0, second.TicketsUpserted);
        Assert.Single(await deadLetters.ReadAllAsync());
    }

    [Fact]
    public async Task RunAsync_TicketHistory_EndsInTheLatestStateWithEveryMessageOnce()
    {
        var store = new InMemoryEventStore(clock);
        await Pipeline(store, new InMemoryDeadLetterStore(), new InMemoryCursorStore()).RunAsync(new ZendeskFixtureSource(Fixture.Folder()), new ZendeskNormalizer());

        var stream = await store.ReadStreamAsync("zendesk:101");

        Assert.IsType<TicketCreated>(stream[0].Event);
        Assert.Equal(["820001", "820011", "820021", "820031"], stream.Select(e => e.Event).OfType<MessageEvent>().Select(m => m.MessageId).Order(StringComparer.Ordinal));
        Assert.Equal(TicketStatus.PendingCustomer, stream.Select(e => e.Event).OfType<StatusChanged>().Last().To);
        Assert.Equal(stream.Count, stream.Select(e => e.DedupeKey).Distinct().Count());
        var ticket102 = await store.ReadStreamAsync("zendesk:102");
        Assert.Equal(TicketStatus.Solved, ticket102.Select(e => e.Event).OfType<StatusChanged>().Last().To);
    }

    [Fact]
    public async Task RunAsync_ExportPagesDeliveredNewestFirst_EndInTheSameState()
    {
        var store = new InMemoryEventStore(clock);
        var pipeline = Pipeline(store, new InMemoryDeadLetterStore(), new InMemoryCursorStore());
        var normalizer = new ZendeskNormalizer();

        await pipeline.RunAsync(new SinglePageSource(Fixture.Payload("export/time/page-0.json")), normalizer);
        var late = await pipeline.RunAsync(new SinglePageSource(Fixture.Payload("export/time/page-a.json")), normalizer);

        Assert.True(late.SupersededSkipped >= 1);
        var ticket102 = await store.ReadStreamAsync("zendesk:102");
        Assert.Equal(TicketStatus.Solved, ticket102.Select(e => e.Event).OfType<StatusChanged>().Last().To);
        Assert.IsType<TicketCreated>(ticket102[0].Event);
    }

    [Fact]
    public async Task FetchTicketAsync_KnownTicket_ReturnsEveryFileAboutIt()
    {
        var sut = new ZendeskFixtureSource(Fixture.Folder());

        var payloads = await sut.FetchTicketAsync("101");

        Assert.Equal(4, payloads.Count);
        Assert.Empty(await sut.FetchTicketAsync("424242"));
    }

    [Fact]
    public async Task CheckHealthAsync_MissingFolder_IsUnhealthy()
    {
        var sut = new ZendeskFixtureSource(Path.Combine(Fixture.Folder(), "nope"));

        Assert.Equal(AdapterHealthStatus.Unhealthy, (await sut.CheckHealthAsync()).Status);
    }

    private IngestPipeline Pipeline(IEventStore store, IDeadLetterStore deadLetters, ICursorStore cursors) =>
        new(store, deadLetters, cursors, clock, Options.Create(new IngestPipelineOptions()));

    private sealed class SinglePageSource(SourcePayload payload) : ITicketSource
    {
        public EventSource Source => EventSource.Zendesk;

        public ValueTask<AdapterHealth> CheckHealthAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(AdapterHealth.Healthy("one page"));

        public ValueTask<ChangePage> ListChangesAsync(SourceCursor? after, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(new ChangePage { Payloads = [payload], HasMore = false });

        public ValueTask<IReadOnlyList<SourcePayload>> FetchTicketAsync(string externalTicketId, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyList<SourcePayload>>([]);

        public ValueTask AckAsync(SourceCursor cursor, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
