using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;
using SupportOps.EventTimeline.Tests.Support;

namespace SupportOps.EventTimeline.Tests.Storage;

public sealed partial class InMemoryEventStoreTests
{
    [Fact]
    public async Task AppendAsync_ManyThreadsWithRedelivery_NeverLosesOrDuplicatesAndVersionsStayContiguous()
    {
        const int Threads = 8;
        const int EventsPerThread = 2_000;
        const int Tickets = 5;
        var sut = new InMemoryEventStore(_clock);
        using var start = new Barrier(Threads);

        var workers = Enumerable.Range(0, Threads).Select(thread => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < EventsPerThread; i++)
            {
                // Threads 2k and 2k+1 deliver the same events: every event arrives twice, concurrently.
                var key = $"{thread / 2}:{i}";
                var ticketId = $"T-{i % Tickets}";
                sut.Append(new AppendRequest(ticketId, ExpectedVersion.Any, [Samples.New(new Escalated { Reason = key }, key)]));
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        await Task.WhenAll(workers);

        var total = 0;
        foreach (var ticketId in await sut.ListTicketIdsAsync())
        {
            var stream = await sut.ReadStreamAsync(ticketId);
            Assert.Equal(Enumerable.Range(1, stream.Count).Select(version => (long)version), stream.Select(envelope => envelope.Version));
            Assert.Equal(stream.Count, stream.Select(envelope => envelope.DedupeKey).Distinct().Count());
            total += stream.Count;
        }

        Assert.Equal(Threads / 2 * EventsPerThread, total);
    }

    [Fact]
    public async Task AppendAsync_ConcurrentWritersWithExpectedVersion_ExactlyOneWinsEachRound()
    {
        const int Writers = 6;
        const int Rounds = 200;
        var sut = new InMemoryEventStore(_clock);
        var conflicts = 0;
        var wins = 0;

        for (var round = 0; round < Rounds; round++)
        {
            var expected = ExpectedVersion.Exactly(round);
            var currentRound = round;
            await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(() =>
            {
                try
                {
                    sut.Append(new AppendRequest("T-1", expected, [Samples.New(new Escalated { Reason = "r" }, $"{currentRound}:{writer}")]));
                    Interlocked.Increment(ref wins);
                }
                catch (EventStreamConcurrencyException)
                {
                    Interlocked.Increment(ref conflicts);
                }
            })));
        }

        Assert.Equal(Rounds, wins);
        Assert.Equal(Rounds * (Writers - 1), conflicts);
        Assert.Equal(Rounds, await sut.GetVersionAsync("T-1"));
    }

    [Fact]
    public async Task ReadsDuringAppends_AlwaysSeeContiguousPrefixes()
    {
        const int Writers = 4;
        const int EventsPerWriter = 2_000;
        var sut = new InMemoryEventStore(_clock);
        var writersDone = 0;
        var badReads = 0;

        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(() =>
        {
            for (var i = 0; i < EventsPerWriter; i++)
            {
                sut.Append(new AppendRequest($"T-{i % 3}", ExpectedVersion.Any, [Samples.New(new Escalated { Reason = "r" }, $"{writer}:{i}"), Samples.New(new Escalated { Reason = "r" }, $"{writer}:{i}:b")]));
            }

            Interlocked.Increment(ref writersDone);
        })).ToArray();
        var reader = Task.Run(async () =>
        {
            while (Volatile.Read(ref writersDone) < Writers)
            {
                foreach (var ticketId in await sut.ListTicketIdsAsync())
                {
                    var stream = await sut.ReadStreamAsync(ticketId);
                    for (var index = 0; index < stream.Count; index++)
                    {
                        if (stream[index].Version != index + 1)
                        {
                            Interlocked.Increment(ref badReads);
                        }
                    }
                }

                var range = await sut.ReadRangeAsync(new NodaTime.Interval(null, null));
                if (range.Count % 2 != 0)
                {
                    Interlocked.Increment(ref badReads); // batches of two are atomic: a reader never sees half of one
                }
            }
        });
        await Task.WhenAll([.. writers, reader]);

        Assert.Equal(0, badReads);
        Assert.Equal(Writers * EventsPerWriter * 2, (await sut.ReadRangeAsync(new NodaTime.Interval(null, null))).Count);
    }
}
