using NodaTime;
using NodaTime.Testing;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;
using SupportOps.IngestCli.Storage;

namespace SupportOps.IngestCli.Tests.Storage;

public sealed class JsonLinesEventStoreTests : IDisposable
{
    private static readonly Instant At = Instant.FromUtc(2026, 1, 1, 9, 0);
    private readonly FakeClock clock = new(Instant.FromUtc(2026, 11, 27, 12, 0));
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task AppendAsync_ThenReopen_ReadsTheSameStream()
    {
        var sut = await JsonLinesEventStore.OpenAsync(temp.File("s.jsonl"), clock);
        await sut.AppendAsync(Request(ExpectedVersion.NoStream, "k1", "k2"));

        var reopened = await JsonLinesEventStore.OpenAsync(temp.File("s.jsonl"), clock);

        Assert.Equal(await sut.ReadStreamAsync("t1"), await reopened.ReadStreamAsync("t1"));
        Assert.Equal(2, await reopened.GetVersionAsync("t1"));
    }

    [Fact]
    public async Task AppendAsync_DuplicateKeys_AreNotWrittenAgain()
    {
        var sut = await JsonLinesEventStore.OpenAsync(temp.File("s.jsonl"), clock);
        await sut.AppendAsync(Request(ExpectedVersion.NoStream, "k1"));

        var again = await sut.AppendAsync(Request(ExpectedVersion.NoStream, "k1", "k1"));

        Assert.True(again.IsDuplicateOnly);
        Assert.Equal(2, again.Duplicates.Length);
        Assert.Single(File.ReadAllLines(temp.File("s.jsonl")));
    }

    [Fact]
    public async Task AppendAsync_WrongExpectedVersion_ThrowsAndWritesNothing()
    {
        var sut = await JsonLinesEventStore.OpenAsync(temp.File("s.jsonl"), clock);
        await sut.AppendAsync(Request(ExpectedVersion.NoStream, "k1"));

        await Assert.ThrowsAsync<EventStreamConcurrencyException>(async () => await sut.AppendAsync(Request(ExpectedVersion.NoStream, "k2")));

        Assert.Single(File.ReadAllLines(temp.File("s.jsonl")));
    }

    [Fact]
    public async Task OpenAsync_TornLastLine_IgnoresItAndAppendsOnAFreshLine()
    {
        var sut = await JsonLinesEventStore.OpenAsync(temp.File("s.jsonl"), clock);
        await sut.AppendAsync(Request(ExpectedVersion.NoStream, "k1"));
        await File.AppendAllTextAsync(temp.File("s.jsonl"), "{\"event_id\":\"t1:2\",\"tick");

        var reopened = await JsonLinesEventStore.OpenAsync(temp.File("s.jsonl"), clock);
        await reopened.AppendAsync(Request(ExpectedVersion.Exactly(1), "k2"));

        var final = await JsonLinesEventStore.OpenAsync(temp.File("s.jsonl"), clock);
        Assert.Equal(["k1", "k2"], (await final.ReadStreamAsync("t1")).Select(e => e.DedupeKey));
    }

    [Fact]
    public async Task OpenAsync_CorruptLineInTheMiddle_FailsNamingTheLine()
    {
        await File.WriteAllTextAsync(temp.File("s.jsonl"), "not json\n{}\n");

        var exception = await Assert.ThrowsAsync<InvalidDataException>(() => JsonLinesEventStore.OpenAsync(temp.File("s.jsonl"), clock));

        Assert.Contains("line 1", exception.Message, StringComparison.Ordinal);
    }

    private static AppendRequest Request(ExpectedVersion expected, params string[] keys) =>
        new("t1", expected, keys.Select(key => new NewEvent
        {
            Event = new CustomerMessage { MessageId = key, AuthorId = "c1", Body = "hello " + key, Channel = Channel.Email },
            OccurredAt = At,
            Actor = Actor.Customer("c1"),
            Source = EventSource.Email,
            DedupeKey = key,
        }));
}
