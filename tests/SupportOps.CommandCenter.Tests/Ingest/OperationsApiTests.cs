using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.Adapters.Outbox;
using SupportOps.CommandCenter.Apis;
using SupportOps.CommandCenter.Background;
using SupportOps.CommandCenter.Ingest;
using SupportOps.CommandCenter.Outbox;
using SupportOps.CommandCenter.Tests.Background;
using SupportOps.CommandCenter.Tests.Outbox;

namespace SupportOps.CommandCenter.Tests.Ingest;

public sealed class OperationsApiTests : IClassFixture<OperationsApiTests.Fixture>
{
    private readonly Fixture _fixture;

    public OperationsApiTests(Fixture fixture) => _fixture = fixture;

    public static TheoryData<string> Endpoints => new()
    {
        "/api/v1/operations/ingest-runs", "/api/v1/operations/dead-letters", "/api/v1/operations/outbox",
        "/api/v1/operations/integrations", "/api/v1/operations/reconciliation-runs", "/api/v1/operations/leases",
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Get_AsAgentOrExecutive_IsForbiddenAndAnonymousIsUnauthorized(string url)
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(url, "Agent")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(url, "Executive")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(url, TestAuthenticationHandler.Anonymous)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(url, "OpsManager")).StatusCode);
    }

    [Fact]
    public async Task IngestRuns_AfterAPoll_ListsOneRunPerSourceNewestFirstWithKeysetPaging()
    {
        var page = await (await GetAsync("/api/v1/operations/ingest-runs?limit=2")).ReadAsync<OperationsPage<IngestRunView>>();
        Assert.Equal(2, page.Items.Count);
        Assert.True(page.Items[0].Id > page.Items[1].Id);
        Assert.NotNull(page.NextBefore);

        var next = await (await GetAsync($"/api/v1/operations/ingest-runs?limit=2&before={page.NextBefore}")).ReadAsync<OperationsPage<IngestRunView>>();

        var last = Assert.Single(next.Items);
        Assert.Null(next.NextBefore);
        Assert.Equal(["email", "slack", "zendesk"], page.Items.Concat(next.Items).Select(r => r.Source).Order(StringComparer.Ordinal));
        Assert.Equal(("poll", "ops-test"), (last.Trigger, last.Instance));
    }

    [Fact]
    public async Task IngestRuns_FilteredBySource_ListsOnlyThatSource()
    {
        var page = await (await GetAsync("/api/v1/operations/ingest-runs?source=email")).ReadAsync<OperationsPage<IngestRunView>>();

        var run = Assert.Single(page.Items);
        Assert.Equal(("email", 1), (run.Source, run.DeadLettered));
    }

    [Theory]
    [InlineData("/api/v1/operations/ingest-runs?limit=0", "limit")]
    [InlineData("/api/v1/operations/dead-letters?limit=201", "limit")]
    [InlineData("/api/v1/operations/dead-letters?source=teams", "source")]
    [InlineData("/api/v1/operations/outbox?status=lost", "status")]
    [InlineData("/api/v1/operations/reconciliation-runs?limit=-1", "limit")]
    public async Task Get_BadQuery_Returns400NamingTheField(string url, string field)
    {
        var response = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ReadAsync<ValidationProblemDetails>()).Errors.Keys);
    }

    [Fact]
    public async Task DeadLetters_ShowTheReasonAndATextPreview()
    {
        var page = await (await GetAsync("/api/v1/operations/dead-letters")).ReadAsync<OperationsPage<DeadLetterView>>();

        var deadLetter = Assert.Single(page.Items);
        Assert.Equal("email", deadLetter.Source);
        Assert.Contains("Subject:", deadLetter.Preview, StringComparison.Ordinal);
        Assert.Equal(64, deadLetter.Fingerprint.Length);
    }

    [Fact]
    public async Task Outbox_CountsPerStateAndFiltersByState()
    {
        var all = await (await GetAsync("/api/v1/operations/outbox")).ReadAsync<OutboxOverview>();
        var dead = await (await GetAsync("/api/v1/operations/outbox?status=dead")).ReadAsync<OutboxOverview>();

        Assert.Equal(new Dictionary<string, int> { ["pending"] = 1, ["dispatching"] = 0, ["sent"] = 1, ["dead"] = 1 }, all.Counts);
        Assert.Equal(3, all.Page.Items.Count);
        var item = Assert.Single(dead.Page.Items);
        Assert.Equal(("ops-dead", "dead", 1), (item.MessageKey, item.Status, item.Attempts));
        Assert.Contains("permanent failure", item.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Integrations_ReportEachSourceAndNotificationChannel()
    {
        var views = await (await GetAsync("/api/v1/operations/integrations")).ReadAsync<List<IntegrationHealthView>>();

        Assert.Equal(["zendesk", "slack", "email", "slack", "email"], views.Select(v => v.Name));
        var email = views[2];
        Assert.Equal(("source", "degraded", 1), (email.Kind, email.Status, email.DeadLetters24h));
        Assert.NotNull(email.LastRun);
        Assert.Equal("healthy", views.Single(v => v is { Name: "zendesk", Kind: "source" }).Status);
        Assert.All(views.Skip(3), v => Assert.Equal(("notification", "healthy"), (v.Kind, v.Status)));
    }

    [Fact]
    public async Task LeasesAndReconciliationRuns_ShowTheJobsThatRan()
    {
        var leases = await (await GetAsync("/api/v1/operations/leases")).ReadAsync<List<LeaseView>>();
        var runs = await (await GetAsync("/api/v1/operations/reconciliation-runs")).ReadAsync<OperationsPage<ReconciliationRunView>>();

        var lease = Assert.Single(leases);
        Assert.Equal(("job:reconciliation", "ops-test", false), (lease.Name, lease.Owner, lease.Held));
        var run = Assert.Single(runs.Items);
        Assert.Equal((0, 0), (run.Drifted, run.Missing));
        Assert.True(run.TicketsChecked > 0);
        Assert.Empty(run.DriftedTicketIds);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheWebhookAndOperationsEndpoints()
    {
        var document = await (await GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();

        Assert.Contains("\"/api/v1/ingest/{source}\"", document, StringComparison.Ordinal);
        Assert.Contains("\"IngestWebhook\"", document, StringComparison.Ordinal);
        foreach (var path in new[] { "ingest-runs", "dead-letters", "outbox", "integrations", "reconciliation-runs", "leases" })
        {
            Assert.Contains($"\"/api/v1/operations/{path}\"", document, StringComparison.Ordinal);
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string role = "OpsManager")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, role);
        return await _fixture.Factory.CreateClient().SendAsync(request);
    }

    /// <summary>A host after one poll of the mock adapters, one reconciliation, and three outbox messages: sent, dead, pending.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public WorkerFactory Factory { get; } = new(
            instanceId: "ops-test",
            sinks: [new FakeNotificationSink(OutboxChannel.Slack), new FakeNotificationSink(OutboxChannel.Email, permanent: true)],
            settings: IngestJobTests.MockFolders);

        public async Task InitializeAsync()
        {
            await using (var scope = Factory.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<IngestJob>().PollAllAsync();
            }

            await Factory.Services.GetRequiredService<LeasedJobRunner>().RunOnceAsync<ReconciliationJob>();
            await OutboxDispatchJobTests.EnqueueAsync(Factory, OutboxDispatchJobTests.Message("ops-sent", OutboxChannel.Slack), OutboxDispatchJobTests.Message("ops-dead", OutboxChannel.Email));
            await OutboxDispatchJobTests.DispatchAsync(Factory);
            await using (var scope = Factory.Services.CreateAsyncScope())
            {
                var later = Factory.Clock.GetCurrentInstant() + NodaTime.Duration.FromHours(1);
                await scope.ServiceProvider.GetRequiredService<OutboxStore>().EnqueueAsync([(OutboxDispatchJobTests.Message("ops-pending", OutboxChannel.Slack), OutboxKinds.SlaWarning, later)]);
            }
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
