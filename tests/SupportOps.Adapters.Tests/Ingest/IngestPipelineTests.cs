using System.Text;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using SupportOps.Adapters.DeadLetters;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Ports;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.Adapters.Tests.Ingest;

public sealed partial class IngestPipelineTests
{
    private static readonly string[][] CleanPages =
    [
        ["1,c,created,Printer on fire,0\n1,m1,msg,It is on fire,1", "2,c,created,Login fails,2\n2,m1,msg,Cannot log in,3"],
        ["1,s1,status,Open,10\n1,m2,msg,Still burning,11"],
        ["2,s1,status,PendingCustomer,20\n1,s2,status,Solved,21"],
    ];

    private readonly FakeClock clock = new(Instant.FromUtc(2026, 11, 27, 12, 0));
    private readonly InMemoryDeadLetterStore deadLetters = new();
    private readonly InMemoryCursorStore cursors = new();
    private readonly InMemoryEventStore store;

    public IngestPipelineTests() => store = new InMemoryEventStore(clock);

    [Fact]
    public async Task RunAsync_CleanDelivery_AppendsEveryEventAndAcksEachPage()
    {
        var source = new ScriptedSource(CleanPages);
        var sut = CreateSut();

        var result = await sut.RunAsync(source, new LineNormalizer());

        Assert.True(result.Completed);
        Assert.Equal(3, result.PagesRead);
        Assert.Equal(2, result.TicketsUpserted);
        Assert.Equal(8, result.EventsAppended);
        Assert.Equal(0, result.DuplicatesSkipped);
        Assert.Equal(["1", "2", "3"], source.Acked);
        Assert.Equal("3", (await cursors.GetAsync(EventSource.Api))!.Value);
        var ticket1 = await store.ReadStreamAsync("api:1");
        Assert.Equal(["api:1:c", "api:1:m1", "api:1:s1", "api:1:m2", "api:1:s2"], ticket1.Select(e => e.DedupeKey));
        Assert.Equal([1L, 2, 3, 4, 5], ticket1.Select(e => e.Version));
    }

    [Fact]
    public async Task RunAsync_SecondRunOverTheSameFeed_AppendsNothing()
    {
        await CreateSut().RunAsync(new ScriptedSource(CleanPages), new LineNormalizer());
        var before = await TimelineAsync(store);

        var freshCursors = new InMemoryCursorStore();
        var again = await new IngestPipeline(store, deadLetters, freshCursors, clock, Options.Create(new IngestPipelineOptions()))
            .RunAsync(new ScriptedSource(CleanPages), new LineNormalizer());

        Assert.Equal(0, again.EventsAppended);
        Assert.Equal(0, again.TicketsUpserted);
        Assert.Equal(8, again.DuplicatesSkipped);
        Assert.Equal(before, await TimelineAsync(store));
    }

    [Fact]
    public async Task RunAsync_DuplicatedPayloadsAndRedeliveredPages_GiveTheCleanTimeline()
    {
        var clean = await IngestIntoNewStoreAsync(CleanPages, plan: null);
        var duplicated = CleanPages.Select(page => page.Concat(page).ToArray()).ToArray();

        var messy = await IngestIntoNewStoreAsync(duplicated, plan: [0, 0, 1, 0, 1, 2, 2, 1]);

        Assert.Equal(clean, messy);
    }

    [Fact]
    public async Task RunAsync_OutOfOrderPages_GiveTheSameMessagesAndFinalState()
    {
        var clean = await IngestIntoNewStoreAsync(CleanPages, plan: null);

        var reordered = await IngestIntoNewStoreAsync(CleanPages, plan: [2, 0, 1]);

        Assert.Equal(Messages(clean), Messages(reordered));
        Assert.Equal(FinalStatus(clean, "api:1"), FinalStatus(reordered, "api:1"));
        Assert.Equal(FinalStatus(clean, "api:2"), FinalStatus(reordered, "api:2"));
        Assert.Equal(TicketStatus.Solved, FinalStatus(reordered, "api:1"));
    }

    [Fact]
    public async Task RunAsync_CrashAfterAppendBeforeCursorIsSaved_LosesAndDuplicatesNothingOnRestart()
    {
        var crashingCursors = new CrashingCursorStore(crashOnSave: 2);
        var first = await new IngestPipeline(store, deadLetters, crashingCursors, clock, Options.Create(new IngestPipelineOptions()))
            .RunAsync(new ScriptedSource(CleanPages), new LineNormalizer());
        Assert.False(first.Completed);
        Assert.Contains("simulated crash", first.LastError, StringComparison.Ordinal);
        Assert.Equal("1", (await crashingCursors.GetAsync(EventSource.Api))!.Value);

        var restart = await new IngestPipeline(store, deadLetters, crashingCursors, clock, Options.Create(new IngestPipelineOptions()))
            .RunAsync(new ScriptedSource(CleanPages), new LineNormalizer());

        Assert.True(restart.Completed);
        Assert.Equal(2, restart.DuplicatesSkipped);
        Assert.Equal(await IngestIntoNewStoreAsync(CleanPages, plan: null), await TimelineAsync(store));
    }

    [Fact]
    public async Task RunAsync_CrashWhileAckingTheSource_LosesAndDuplicatesNothingOnRestart()
    {
        var source = new ScriptedSource(CleanPages) { AckFailure = cursor => cursor.Value == "2" ? new IOException("simulated crash") : null };
        var first = await CreateSut().RunAsync(source, new LineNormalizer());
        Assert.False(first.Completed);

        var restart = await CreateSut().RunAsync(new ScriptedSource(CleanPages), new LineNormalizer());

        Assert.True(restart.Completed);
        Assert.Equal(await IngestIntoNewStoreAsync(CleanPages, plan: null), await TimelineAsync(store));
    }

    [Fact]
    public async Task RunAsync_StoreFailsMidPage_DoesNotAdvanceTheCursorAndRecoversNextRun()
    {
        var flaky = new FlakyStore(store, failOnAppend: 3);
        var first = await new IngestPipeline(flaky, deadLetters, cursors, clock, Options.Create(new IngestPipelineOptions()))
            .RunAsync(new ScriptedSource(CleanPages), new LineNormalizer());
        Assert.Equal(1, first.Errors);
        Assert.Equal("1", (await cursors.GetAsync(EventSource.Api))!.Value);

        var second = await new IngestPipeline(flaky, deadLetters, cursors, clock, Options.Create(new IngestPipelineOptions()))
            .RunAsync(new ScriptedSource(CleanPages), new LineNormalizer());

        Assert.True(second.Completed);
        Assert.Equal(await IngestIntoNewStoreAsync(CleanPages, plan: null), await TimelineAsync(store));
    }

    private static IReadOnlyList<string> Messages(IReadOnlyList<string> timeline) =>
        [.. timeline
            .Where(line => line.Contains("|msg|", StringComparison.Ordinal))
            .Select(line => string.Join('|', line.Split('|').Where((_, index) => index != 1)))
            .Order(StringComparer.Ordinal)];

    private static TicketStatus FinalStatus(IReadOnlyList<string> timeline, string ticketId) =>
        Enum.Parse<TicketStatus>(timeline.Last(line => line.StartsWith(ticketId + "|", StringComparison.Ordinal) && line.Contains("|status|", StringComparison.Ordinal)).Split('|')[^1]);

    /// <summary>A comparable rendering of the timeline: ticket, version, dedupe key, kind and value.</summary>
    private static async Task<IReadOnlyList<string>> TimelineAsync(IEventStore eventStore)
    {
        var lines = new List<string>();
        foreach (var ticketId in await eventStore.ListTicketIdsAsync())
        {
            foreach (var envelope in await eventStore.ReadStreamAsync(ticketId))
            {
                var (kind, value) = envelope.Event switch
                {
                    TicketCreated created => ("created", created.Subject),
                    CustomerMessage message => ("msg", message.Body),
                    StatusChanged status => ("status", status.To.ToString()),
                    _ => ("other", string.Empty),
                };
                lines.Add($"{ticketId}|{envelope.Version}|{envelope.DedupeKey}|{envelope.OccurredAt}|{kind}|{value}");
            }
        }

        return lines;
    }

    private async Task<IReadOnlyList<string>> IngestIntoNewStoreAsync(IReadOnlyList<string[]> pages, IReadOnlyList<int>? plan)
    {
        var fresh = new InMemoryEventStore(clock);
        var pipeline = new IngestPipeline(fresh, new InMemoryDeadLetterStore(), new InMemoryCursorStore(), clock, Options.Create(new IngestPipelineOptions()));
        var result = await pipeline.RunAsync(new ScriptedSource(pages, plan), new LineNormalizer());
        Assert.True(result.Completed, result.LastError);
        return await TimelineAsync(fresh);
    }

    private IngestPipeline CreateSut(IngestPipelineOptions? options = null) =>
        new(store, deadLetters, cursors, clock, Options.Create(options ?? new IngestPipelineOptions()));

    private sealed class CrashingCursorStore(int crashOnSave) : ICursorStore
    {
        private readonly InMemoryCursorStore inner = new();
        private int saves;

        public ValueTask<SourceCursor?> GetAsync(EventSource source, CancellationToken cancellationToken = default) => inner.GetAsync(source, cancellationToken);

        public ValueTask SaveAsync(EventSource source, SourceCursor cursor, CancellationToken cancellationToken = default) =>
            ++saves == crashOnSave ? throw new IOException("simulated crash before the cursor was saved") : inner.SaveAsync(source, cursor, cancellationToken);
    }

    private sealed class FlakyStore(IEventStore inner, int failOnAppend) : IEventStore
    {
        private int appends;

        public ValueTask<AppendResult> AppendAsync(AppendRequest request, CancellationToken cancellationToken = default) =>
            ++appends == failOnAppend ? throw new IOException("disk full") : inner.AppendAsync(request, cancellationToken);

        public ValueTask<IReadOnlyList<EventEnvelope>> ReadStreamAsync(string ticketId, long fromVersion = 1, CancellationToken cancellationToken = default) =>
            inner.ReadStreamAsync(ticketId, fromVersion, cancellationToken);

        public ValueTask<IReadOnlyList<EventEnvelope>> ReadRangeAsync(Interval range, EventTimeAxis axis = EventTimeAxis.OccurredAt, CancellationToken cancellationToken = default) =>
            inner.ReadRangeAsync(range, axis, cancellationToken);

        public ValueTask<IReadOnlyList<string>> ListTicketIdsAsync(CancellationToken cancellationToken = default) => inner.ListTicketIdsAsync(cancellationToken);

        public ValueTask<long> GetVersionAsync(string ticketId, CancellationToken cancellationToken = default) => inner.GetVersionAsync(ticketId, cancellationToken);
    }
}
