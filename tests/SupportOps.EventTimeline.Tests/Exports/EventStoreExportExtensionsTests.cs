using NodaTime;
using NodaTime.Testing;
using SupportOps.EventTimeline.Exports;
using SupportOps.EventTimeline.Serialization;
using SupportOps.EventTimeline.Storage;
using SupportOps.EventTimeline.Tests.Support;

namespace SupportOps.EventTimeline.Tests.Exports;

public sealed class EventStoreExportExtensionsTests
{
    [Fact]
    public async Task ExportTicketAsync_WritesOnlyThatTicketsStream()
    {
        var sut = await StoreWithTwoTickets();
        var writer = new StringWriter();

        var count = await sut.ExportTicketAsync("T-2", new JsonLinesTimelineExporter(), writer);
        var reread = await TimelineJson.ReadJsonLinesAsync(new StringReader(writer.ToString())).ToListAsync();

        Assert.Equal(2, count);
        Assert.Equal(await sut.ReadStreamAsync("T-2"), reread);
    }

    [Fact]
    public async Task ExportRangeAsync_WritesTheEventsInTheRangeAcrossTickets()
    {
        var sut = await StoreWithTwoTickets();
        var writer = new StringWriter();

        var count = await sut.ExportRangeAsync(new Interval(Samples.T0 + Duration.FromMinutes(1), null), EventTimeAxis.OccurredAt, new CsvTimelineExporter(), writer);

        Assert.Equal(2, count);
        Assert.Equal(3, writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task ExportTicketAsync_NullArguments_Throw()
    {
        var sut = await StoreWithTwoTickets();

        await Assert.ThrowsAsync<ArgumentNullException>(() => sut.ExportTicketAsync(null!, new CsvTimelineExporter(), new StringWriter()));
        await Assert.ThrowsAsync<ArgumentNullException>(() => sut.ExportTicketAsync("T-1", null!, new StringWriter()));
        await Assert.ThrowsAsync<ArgumentNullException>(() => EventStoreExportExtensions.ExportTicketAsync(null!, "T-1", new CsvTimelineExporter(), new StringWriter()));
    }

    private static async Task<InMemoryEventStore> StoreWithTwoTickets()
    {
        var store = new InMemoryEventStore(new FakeClock(Samples.T0));
        await store.AppendAsync(new AppendRequest("T-1", ExpectedVersion.NoStream, [Samples.New(Samples.Created(), "a", at: Samples.T0)]));
        await store.AppendAsync(new AppendRequest("T-2", ExpectedVersion.NoStream,
            [Samples.New(Samples.Created("Other"), "a", at: Samples.T0 + Duration.FromMinutes(1)), Samples.New(Samples.Reply(), "b", at: Samples.T0 + Duration.FromMinutes(2))]));
        return store;
    }
}
