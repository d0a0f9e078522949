using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using SupportOps.Adapters.Secrets;
using SupportOps.Adapters.Signatures;
using SupportOps.CommandCenter.Inbox;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Ingest;
using SupportOps.CommandCenter.Rollups;
using SupportOps.CommandCenter.Tests.Background;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Tests.Ingest;

/// <summary>A webhook delivery that carries several tickets is appended in one transaction: all of it or none of it.</summary>
/// <remarks>Runs on SQLite here and on PostgreSQL in <c>PostgreSqlWebhookDeliveryTransactionTests</c>.</remarks>
public class WebhookDeliveryTransactionTests : IDisposable
{
    private const string FailingTicket = "zendesk:702";

    private static readonly byte[] ThreeTickets = Delivery(701, 702, 703);

    private readonly FailingProjection _failing = new();
    private readonly CommitCheckingObserver _observer = new();
    private readonly CommandCenterFactory _factory;

    public WebhookDeliveryTransactionTests()
        : this(services => new WorkerFactory(services: services))
    {
    }

    /// <summary>Runs the tests on the host <paramref name="create"/> makes (with the Zendesk secret <see cref="WorkerFactory.ZendeskSecret"/>).</summary>
    protected WebhookDeliveryTransactionTests(Func<Action<IServiceCollection>, CommandCenterFactory> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        _factory = create(services =>
        {
            services.AddSingleton(_failing);
            services.AddScoped<ITicketProjection>(sp => sp.GetRequiredService<FailingProjection>());
            services.AddSingleton(_observer);
            services.AddScoped<ITicketAppendObserver>(sp => sp.GetRequiredService<CommitCheckingObserver>());
        });
    }

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    [SkippableFact]
    public async Task Ingest_DeliveryWithThreeTickets_StoresEveryTicketWithCountersAndRollupsEqualToARebuild()
    {
        var response = await SendAsync(ThreeTickets);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadAsync<WebhookIngestResponse>();
        Assert.Equal((3, 12), (body.TicketsUpserted, body.EventsAppended));
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        Assert.Equal(12, await db.Events.CountAsync());
        Assert.Equal(3, await db.TicketSnapshots.CountAsync());
        var kept = await CellsAsync(db);
        Assert.Equal(3, kept.Sum(c => c.Count));
        await scope.ServiceProvider.GetRequiredService<InboxCounterRebuilder>().RebuildAsync();
        Assert.Equal(kept, await CellsAsync(db));
        var (_, rows) = await scope.ServiceProvider.GetRequiredService<RollupRecomputation>().ComputeAsync();
        Assert.Equal(Rollups(rows.Values), Rollups(await db.DailyRollups.AsNoTracking().ToListAsync()));
    }

    [SkippableFact]
    public async Task Ingest_DeliveryWithThreeTickets_ObserversHearOfEachTicketOnlyAfterTheCommit()
    {
        await SendAsync(ThreeTickets);

        Assert.Equal(["zendesk:701", "zendesk:702", "zendesk:703"], _observer.Seen.Keys.Order(StringComparer.Ordinal));
        Assert.All(_observer.Seen.Values, committed => Assert.True(committed, "an observer ran before its append was visible to another connection"));
    }

    [SkippableFact]
    public async Task Ingest_SameThreeTicketDeliveryAgain_StoresNothingAndLeavesTheCountersAlone()
    {
        var first = await (await SendAsync(ThreeTickets)).ReadAsync<WebhookIngestResponse>();
        List<(string, string, string, string, string, bool, string, long Count)> before;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            before = await CellsAsync(scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>());
        }

        _observer.Seen.Clear();
        var again = await SendAsync(ThreeTickets);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await again.ReadAsync<WebhookIngestResponse>();
        Assert.Equal((0, 0, first.EventsAppended), (body.TicketsUpserted, body.EventsAppended, body.Duplicates));
        await using var check = _factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        Assert.Equal(first.EventsAppended, await db.Events.CountAsync());
        Assert.Equal(before, await CellsAsync(db));
        Assert.Empty(_observer.Seen);
    }

    [SkippableFact]
    public async Task Ingest_OneTicketOfTheDeliveryFails_StoresNoTicketOfItTriesItAgainAndReturns503()
    {
        _failing.FailFor = FailingTicket;

        var response = await SendAsync(ThreeTickets);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(IngestService.DeliveryAttempts, _failing.Attempts);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        Assert.Equal(0, await db.Events.CountAsync());
        Assert.Equal(0, await db.TicketSnapshots.CountAsync());
        Assert.Equal(0, await db.InboxCounters.SumAsync(c => c.Count));
        Assert.Equal(0, await db.RollupFacts.CountAsync());
        Assert.Equal(0, await db.DailyRollups.CountAsync());
        Assert.Empty(_observer.Seen);
    }

    [SkippableFact]
    public async Task Ingest_FailedDeliveryRetriedOnceTheFaultIsGone_StoresEveryTicketOnce()
    {
        _failing.FailFor = FailingTicket;
        await SendAsync(ThreeTickets);
        _failing.FailFor = null;
        _factory.Clock.Advance(Duration.FromSeconds(30));

        var response = await SendAsync(ThreeTickets);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(12, (await response.ReadAsync<WebhookIngestResponse>()).EventsAppended);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        Assert.Equal(3, await db.InboxCounters.SumAsync(c => c.Count));
        Assert.Equal(3, await db.TicketSnapshots.CountAsync());
    }

    /// <summary>A Zendesk audits payload: per ticket a creating audit with the first customer comment, then an agent reply that opens it (4 events).</summary>
    private static byte[] Delivery(params long[] tickets)
    {
        var audits = new List<string>();
        var users = new List<string> { """{"id":7001,"role":"agent"}""" };
        foreach (var ticket in tickets)
        {
            var requester = 9000 + ticket;
            var id = ticket * 100;
            users.Add(string.Create(CultureInfo.InvariantCulture, $$"""{"id":{{requester}},"role":"end-user"}"""));
            audits.Add(string.Create(CultureInfo.InvariantCulture, $$$"""
                {"id":{{{id + 1}}},"ticket_id":{{{ticket}}},"created_at":"2026-03-10T13:00:00Z","author_id":{{{requester}}},"via":{"channel":"email"},"events":[
                  {"id":{{{id + 2}}},"type":"Comment","author_id":{{{requester}}},"body":"The export failed.","public":true},
                  {"id":{{{id + 3}}},"type":"Create","value":"{{{requester}}}","field_name":"requester_id"},
                  {"id":{{{id + 4}}},"type":"Create","value":"Export failed {{{ticket}}}","field_name":"subject"},
                  {"id":{{{id + 5}}},"type":"Create","value":"new","field_name":"status"},
                  {"id":{{{id + 6}}},"type":"Create","value":"high","field_name":"priority"},
                  {"id":{{{id + 7}}},"type":"Create","value":"5001","field_name":"group_id"}]}
                """));
            audits.Add(string.Create(CultureInfo.InvariantCulture, $$$"""
                {"id":{{{id + 11}}},"ticket_id":{{{ticket}}},"created_at":"2026-03-10T13:20:00Z","author_id":7001,"via":{"channel":"web"},"events":[
                  {"id":{{{id + 12}}},"type":"Comment","author_id":7001,"body":"Looking into it.","public":true},
                  {"id":{{{id + 13}}},"type":"Change","value":"open","field_name":"status","previous_value":"new"}]}
                """));
        }

        return Encoding.UTF8.GetBytes($$"""{"audits":[{{string.Join(',', audits)}}],"users":[{{string.Join(',', users)}}]}""");
    }

    private static SortedDictionary<string, string> Rollups(IEnumerable<DailyRollupRecord> rows)
        => new(rows.ToDictionary(
            r => $"{r.Day}|{r.Queue}|{r.Channel}|{r.Priority}|{r.Agent}",
            r => string.Join(',', r.Created, r.FirstReplies, r.FirstReplySeconds, r.Solved, r.ResolutionSeconds, r.Reopened, r.Escalated,
                r.FirstResponseMet, r.FirstResponseBreached, r.NextResponseMet, r.NextResponseBreached, r.PeriodicUpdateMet, r.PeriodicUpdateBreached, r.ResolutionMet, r.ResolutionBreached, r.BacklogChange)), StringComparer.Ordinal);

    private static async Task<List<(string, string, string, string, string, bool, string, long Count)>> CellsAsync(CommandCenterDbContext db)
        => [.. (await db.InboxCounters.AsNoTracking().Where(c => c.Count != 0).ToListAsync())
            .Select(c => (c.Queue, c.Status, c.Priority, c.Channel, c.RiskBand, c.IsBreached, c.Assignee, c.Count))
            .Order()];

    private async Task<HttpResponseMessage> SendAsync(byte[] body)
    {
        _observer.Services ??= _factory.Services;
        var timestamp = InstantPattern.ExtendedIso.Format(_factory.Clock.GetCurrentInstant());
        var signature = new ZendeskWebhookSignatureVerifier(new Secret(SecretNames.ZendeskWebhookSigningSecret, WorkerFactory.ZendeskSecret)).Sign(timestamp, body);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ingest/zendesk") { Content = new ByteArrayContent(body) };
        request.Headers.Add(ZendeskWebhookSignatureVerifier.SignatureHeader, signature);
        request.Headers.Add(ZendeskWebhookSignatureVerifier.TimestampHeader, timestamp);
        return await _factory.CreateClient().SendAsync(request);
    }

    /// <summary>Fails every append of one ticket (a projection that throws: the store's failure for that ticket).</summary>
    private sealed class FailingProjection : ITicketProjection
    {
        private int _attempts;

        public string? FailFor { get; set; }

        public int Attempts => _attempts;

        public ValueTask ApplyAsync(TicketProjectionContext context, CancellationToken cancellationToken)
        {
            if (context.Current.TicketId == FailFor)
            {
                Interlocked.Increment(ref _attempts);
                throw new InvalidOperationException($"Projection failed for {FailFor}.");
            }

            return ValueTask.CompletedTask;
        }
    }

    /// <summary>Records each ticket it hears of and whether its snapshot was visible to another connection at that moment (committed).</summary>
    private sealed class CommitCheckingObserver : ITicketAppendObserver
    {
        public IServiceProvider? Services { get; set; }

        public ConcurrentDictionary<string, bool> Seen { get; } = new(StringComparer.Ordinal);

        public async ValueTask OnAppendedAsync(AppendResult result, TicketSnapshotRecord snapshot, CancellationToken cancellationToken)
        {
            await using var scope = Services!.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
            Seen[result.TicketId] = await db.TicketSnapshots.AnyAsync(t => t.TicketId == result.TicketId, cancellationToken);
        }
    }
}
