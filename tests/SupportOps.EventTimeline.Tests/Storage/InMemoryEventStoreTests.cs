using NodaTime;
using NodaTime.Testing;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;
using SupportOps.EventTimeline.Tests.Support;

namespace SupportOps.EventTimeline.Tests.Storage;

public sealed partial class InMemoryEventStoreTests
{
    private readonly FakeClock _clock = new(Samples.T0 + Duration.FromHours(1));

    [Fact]
    public async Task AppendAsync_NewStream_AssignsContiguousVersionsAndRecordedAt()
    {
        var sut = new InMemoryEventStore(_clock);

        var result = await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.NoStream,
            [Samples.New(Samples.Created(), "k1"), Samples.New(Samples.CustomerMessage(), "k2", eventId: "msg-evt")]));

        Assert.Equal(2, result.Version);
        Assert.Equal([1L, 2L], result.Appended.Select(envelope => envelope.Version));
        Assert.Empty(result.Duplicates);
        Assert.False(result.IsDuplicateOnly);
        Assert.All(result.Appended, envelope => Assert.Equal(_clock.GetCurrentInstant(), envelope.RecordedAt));
        Assert.Equal(["T-1:1", "msg-evt"], result.Appended.Select(envelope => envelope.EventId));
        Assert.Equal(2, result.Appended[0].SchemaVersion);
        Assert.Equal(result.Appended, await sut.ReadStreamAsync("T-1"));
        Assert.Equal(2, await sut.GetVersionAsync("T-1"));
    }

    [Fact]
    public async Task AppendAsync_WrongExpectedVersion_ThrowsConflictAndWritesNothing()
    {
        var sut = new InMemoryEventStore(_clock);
        await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.NoStream, [Samples.New(Samples.Created(), "k1")]));

        var error = await Assert.ThrowsAsync<EventStreamConcurrencyException>(async () =>
            await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.NoStream, [Samples.New(Samples.CustomerMessage(), "k2"), Samples.New(Samples.Reply(), "k3")])));

        Assert.Equal("T-1", error.TicketId);
        Assert.Equal(ExpectedVersion.NoStream, error.ExpectedVersion);
        Assert.Equal(1, error.ActualVersion);
        Assert.Single(await sut.ReadStreamAsync("T-1"));
        Assert.Equal(1, await sut.GetVersionAsync("T-1"));
    }

    [Fact]
    public async Task AppendAsync_ExpectedVersionAheadOfStream_ThrowsConflict()
    {
        var sut = new InMemoryEventStore(_clock);

        var error = await Assert.ThrowsAsync<EventStreamConcurrencyException>(async () =>
            await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.Exactly(3), [Samples.New(Samples.Created(), "k1")])));

        Assert.Equal(0, error.ActualVersion);
        Assert.Empty(await sut.ListTicketIdsAsync());
    }

    [Fact]
    public async Task AppendAsync_ExactlyMatchingVersion_Appends()
    {
        var sut = new InMemoryEventStore(_clock);
        await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.NoStream, [Samples.New(Samples.Created(), "k1")]));

        var result = await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.Exactly(1), [Samples.New(Samples.CustomerMessage(), "k2")]));

        Assert.Equal(2, result.Version);
    }

    [Fact]
    public async Task AppendAsync_RedeliveredEvent_ReturnsTheStoredEventWithoutAppending()
    {
        var sut = new InMemoryEventStore(_clock);
        var first = await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.Any, [Samples.New(Samples.Created(), "zendesk:1:100")]));
        _clock.Advance(Duration.FromMinutes(5));

        var redelivered = await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.Any, [Samples.New(Samples.Created("Edited subject"), "zendesk:1:100")]));

        Assert.True(redelivered.IsDuplicateOnly);
        Assert.Empty(redelivered.Appended);
        Assert.Same(first.Appended[0], Assert.Single(redelivered.Duplicates));
        Assert.Same(first.Appended[0], Assert.Single(redelivered.Events));
        Assert.Equal(1, redelivered.Version);
        Assert.Single(await sut.ReadStreamAsync("T-1"));
    }

    [Fact]
    public async Task AppendAsync_PureDuplicateBatchWithStaleExpectedVersion_SucceedsAsNoOp()
    {
        var sut = new InMemoryEventStore(_clock);
        var batch = new AppendRequest("T-1", ExpectedVersion.NoStream, [Samples.New(Samples.Created(), "k1"), Samples.New(Samples.CustomerMessage(), "k2")]);
        await sut.AppendAsync(batch);
        await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.Exactly(2), [Samples.New(Samples.Reply(), "k3")]));

        var result = await sut.AppendAsync(batch);

        Assert.True(result.IsDuplicateOnly);
        Assert.Equal(3, result.Version);
        Assert.Equal([1L, 2L], result.Events.Select(envelope => envelope.Version));
    }

    [Fact]
    public async Task AppendAsync_MixedBatch_AppendsNewEventsAndReportsDuplicatesInRequestOrder()
    {
        var sut = new InMemoryEventStore(_clock);
        await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.NoStream, [Samples.New(Samples.Created(), "k1")]));

        var result = await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.Exactly(1),
            [Samples.New(Samples.CustomerMessage(), "k2"), Samples.New(Samples.Created(), "k1"), Samples.New(Samples.Reply(), "k3")]));

        Assert.Equal([2L, 1L, 3L], result.Events.Select(envelope => envelope.Version));
        Assert.Equal([2L, 3L], result.Appended.Select(envelope => envelope.Version));
        Assert.Equal(1, Assert.Single(result.Duplicates).Version);
        Assert.Equal(3, result.Version);
    }

    [Fact]
    public async Task AppendAsync_MixedBatchWithStaleExpectedVersion_ThrowsAndWritesNothing()
    {
        var sut = new InMemoryEventStore(_clock);
        await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.NoStream, [Samples.New(Samples.Created(), "k1")]));

        await Assert.ThrowsAsync<EventStreamConcurrencyException>(async () =>
            await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.NoStream, [Samples.New(Samples.Created(), "k1"), Samples.New(Samples.Reply(), "k2")])));

        Assert.Equal(1, await sut.GetVersionAsync("T-1"));
    }

    [Fact]
    public async Task AppendAsync_SameKeyTwiceInOneBatch_AppendsOnceAndReturnsTheFirstForBoth()
    {
        var sut = new InMemoryEventStore(_clock);

        var result = await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.NoStream,
            [Samples.New(Samples.Created(), "k1"), Samples.New(Samples.Created("again"), "k1"), Samples.New(Samples.Reply(), "k2")]));

        Assert.Equal(2, result.Version);
        Assert.Same(result.Events[0], result.Events[1]);
        Assert.Same(result.Appended[0], Assert.Single(result.Duplicates));
        Assert.Equal(2, (await sut.ReadStreamAsync("T-1")).Count);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(40)]
    public async Task AppendAsync_LargeBatchesWithRepeatedAndStoredKeys_AppendEachKeyOnce(int batchSize)
    {
        var sut = new InMemoryEventStore(_clock);
        await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.NoStream, [Samples.New(Samples.Created(), "k0")]));
        var keys = Enumerable.Range(0, batchSize).Select(index => $"k{index % (batchSize / 2)}").ToArray();

        var result = await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.Exactly(1), keys.Select(key => Samples.New(Samples.Reply(), key))));

        Assert.Equal(keys, result.Events.Select(envelope => envelope.DedupeKey));
        Assert.Equal((batchSize / 2) - 1, result.Appended.Length);
        Assert.Equal(batchSize - result.Appended.Length, result.Duplicates.Length);
        Assert.Equal(Enumerable.Range(1, batchSize / 2).Select(version => (long)version), (await sut.ReadStreamAsync("T-1")).Select(envelope => envelope.Version));
        Assert.Equal(batchSize / 2, (await sut.ReadStreamAsync("T-1")).Select(envelope => envelope.DedupeKey).Distinct().Count());
    }

    [Fact]
    public async Task AppendAsync_PureDuplicateBatch_DoesNotReadTheClock()
    {
        var clock = new CountingClock(_clock);
        var sut = new InMemoryEventStore(clock);
        await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.Any, [Samples.New(Samples.Created(), "k1")]));

        await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.Any, [Samples.New(Samples.Created(), "k1")]));

        Assert.Equal(1, clock.Reads);
    }

    [Fact]
    public async Task AppendAsync_SameDedupeKeyOnAnotherTicket_IsNotADuplicate()
    {
        var sut = new InMemoryEventStore(_clock);
        await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.Any, [Samples.New(Samples.Created(), "k1")]));

        var result = await sut.AppendAsync(new AppendRequest("T-2", ExpectedVersion.Any, [Samples.New(Samples.Created(), "k1")]));

        Assert.Single(result.Appended);
    }

    [Fact]
    public async Task AppendAsync_CancelledToken_Throws()
    {
        var sut = new InMemoryEventStore(_clock);

        await Assert.ThrowsAsync<OperationCanceledException>(async () =>
            await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.Any, [Samples.New(Samples.Created(), "k1")]), new CancellationToken(canceled: true)));

        Assert.Equal(0, await sut.GetVersionAsync("T-1"));
    }

    [Fact]
    public void AppendRequest_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => new AppendRequest("", ExpectedVersion.Any, [Samples.New(Samples.Created(), "k")]));
        Assert.Throws<ArgumentNullException>(() => new AppendRequest(null!, ExpectedVersion.Any, [Samples.New(Samples.Created(), "k")]));
        Assert.Throws<ArgumentException>(() => new AppendRequest("T-1", ExpectedVersion.Any, []));
        Assert.Throws<ArgumentException>(() => new AppendRequest("T-1", ExpectedVersion.Any, [null!]));
        var error = Assert.Throws<ArgumentException>(() => new AppendRequest("T-1", ExpectedVersion.Any, [Samples.New(Samples.Created(), "")]));
        Assert.Contains("ticket_created", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpectedVersion_Members_DescribeTheirExpectation()
    {
        Assert.True(ExpectedVersion.Any.IsMetBy(0));
        Assert.True(ExpectedVersion.Any.IsMetBy(42));
        Assert.True(ExpectedVersion.NoStream.IsMetBy(0));
        Assert.False(ExpectedVersion.NoStream.IsMetBy(1));
        Assert.True(ExpectedVersion.Exactly(3).IsMetBy(3));
        Assert.False(ExpectedVersion.Exactly(3).IsMetBy(2));
        Assert.Equal(ExpectedVersion.NoStream, ExpectedVersion.Exactly(0));
        Assert.Equal("any", ExpectedVersion.Any.ToString());
        Assert.Equal("3", ExpectedVersion.Exactly(3).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => ExpectedVersion.Exactly(-1));
    }

    [Fact]
    public async Task ReadStreamAsync_FromVersion_ReturnsTheTail()
    {
        var sut = await StoreWith(("T-1", 5));

        var tail = await sut.ReadStreamAsync("T-1", fromVersion: 4);

        Assert.Equal([4L, 5L], tail.Select(envelope => envelope.Version));
        Assert.Empty(await sut.ReadStreamAsync("T-1", fromVersion: 6));
        Assert.Empty(await sut.ReadStreamAsync("unknown"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await sut.ReadStreamAsync("T-1", fromVersion: 0));
    }

    [Fact]
    public async Task ReadRangeAsync_ByOccurredAt_FiltersHalfOpenAndOrdersByTimeTicketVersion()
    {
        var sut = new InMemoryEventStore(_clock);
        await sut.AppendAsync(new AppendRequest("T-2", ExpectedVersion.Any,
            [Samples.New(Samples.Created(), "a", at: Samples.T0), Samples.New(Samples.Reply(), "b", at: Samples.T0 + Duration.FromMinutes(10))]));
        await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.Any,
            [Samples.New(Samples.Created(), "a", at: Samples.T0), Samples.New(Samples.Reply(), "b", at: Samples.T0 + Duration.FromMinutes(20))]));

        var range = await sut.ReadRangeAsync(new Interval(Samples.T0, Samples.T0 + Duration.FromMinutes(20)));

        Assert.Equal(["T-1:1", "T-2:1", "T-2:2"], range.Select(envelope => $"{envelope.TicketId}:{envelope.Version}"));
        Assert.Equal(4, (await sut.ReadRangeAsync(new Interval(null, null))).Count);
    }

    [Fact]
    public async Task ReadRangeAsync_ByRecordedAt_UsesTheStoreClock()
    {
        var sut = new InMemoryEventStore(_clock);
        await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.Any, [Samples.New(Samples.Created(), "a", at: Samples.T0)]));
        var secondBatchAt = _clock.GetCurrentInstant() + Duration.FromDays(1);
        _clock.Reset(secondBatchAt);
        await sut.AppendAsync(new AppendRequest("T-1", ExpectedVersion.Any, [Samples.New(Samples.Reply(), "b", at: Samples.T0)]));

        var range = await sut.ReadRangeAsync(new Interval(secondBatchAt, null), EventTimeAxis.RecordedAt);

        Assert.Equal(2, Assert.Single(range).Version);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await sut.ReadRangeAsync(new Interval(null, null), (EventTimeAxis)7));
    }

    [Fact]
    public async Task ListTicketIdsAsync_ReturnsTicketsWithEventsInOrdinalOrder()
    {
        var sut = await StoreWith(("b", 1), ("A", 2), ("a", 1));

        Assert.Equal(["A", "a", "b"], await sut.ListTicketIdsAsync());
    }

    [Fact]
    public void Constructor_NullClock_Throws()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new InMemoryEventStore(null!));

        Assert.Equal("clock", error.ParamName);
    }

    private async Task<InMemoryEventStore> StoreWith(params (string TicketId, int Count)[] streams)
    {
        var store = new InMemoryEventStore(_clock);
        foreach (var (ticketId, count) in streams)
        {
            await store.AppendAsync(new AppendRequest(ticketId, ExpectedVersion.NoStream,
                Enumerable.Range(1, count).Select(index => Samples.New(new Escalated { Reason = $"r{index}" }, $"k{index}"))));
        }

        return store;
    }

    private sealed class CountingClock(IClock inner) : IClock
    {
        public int Reads { get; private set; }

        public Instant GetCurrentInstant()
        {
            Reads++;
            return inner.GetCurrentInstant();
        }
    }
}
