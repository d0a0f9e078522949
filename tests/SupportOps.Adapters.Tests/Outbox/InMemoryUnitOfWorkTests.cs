using NodaTime;
using NodaTime.Testing;
using SupportOps.Adapters.Outbox;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.Adapters.Tests.Outbox;

public sealed class InMemoryUnitOfWorkTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 27, 9, 0);
    private readonly InMemoryEventStore store = new(new FakeClock(At));
    private readonly InMemoryOutbox outbox = new();

    [Fact]
    public async Task CommitAsync_Success_StoresEventsAndMessagesTogether()
    {
        var sut = new InMemoryUnitOfWork(store, outbox);

        var result = await sut.CommitAsync(Request(ExpectedVersion.NoStream), [Message("warn-1")]);

        Assert.Single(result.Appended);
        Assert.Equal(1, await store.GetVersionAsync("t1"));
        Assert.Equal("warn-1", Assert.Single(outbox.Entries).Message.MessageKey);
    }

    [Fact]
    public async Task CommitAsync_ConcurrencyConflict_EnqueuesNothing()
    {
        var sut = new InMemoryUnitOfWork(store, outbox);
        await sut.CommitAsync(Request(ExpectedVersion.NoStream, "k1"), []);

        await Assert.ThrowsAsync<EventStreamConcurrencyException>(async () => await sut.CommitAsync(Request(ExpectedVersion.NoStream, "k2"), [Message("warn-2")]));

        Assert.Empty(outbox.Entries);
        Assert.Equal(1, await store.GetVersionAsync("t1"));
    }

    [Fact]
    public async Task CommitAsync_Redelivered_AppendsAndEnqueuesNothingNew()
    {
        var sut = new InMemoryUnitOfWork(store, outbox);
        await sut.CommitAsync(Request(ExpectedVersion.NoStream), [Message("warn-1")]);

        var again = await sut.CommitAsync(Request(ExpectedVersion.NoStream), [Message("warn-1")]);

        Assert.True(again.IsDuplicateOnly);
        Assert.Single(outbox.Entries);
    }

    private static AppendRequest Request(ExpectedVersion expected, string key = "k1") =>
        new("t1", expected, [new NewEvent
        {
            Event = new SlaWarning { TimerKind = SlaTimerKind.FirstResponse, Cycle = 1, DueAt = At + Duration.FromHours(1), Threshold = Duration.FromMinutes(15) },
            OccurredAt = At,
            Actor = Actor.System("sla-engine"),
            Source = EventSource.Api,
            DedupeKey = key,
        }]);

    private static OutboxMessage Message(string key) => new(key, OutboxChannel.Slack, "C1", "SLA warning", "15 minutes left", At) { TicketId = "t1" };
}
