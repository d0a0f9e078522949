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
}
