using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;
using SupportOps.Adapters.Secrets;
using SupportOps.Adapters.Signatures;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Ingest;
using SupportOps.CommandCenter.Tests.Background;

namespace SupportOps.CommandCenter.Tests.Ingest;

public sealed class WebhooksApiTests : IDisposable
{
    private static readonly byte[] SlackRoot = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "MockData", "slack", "01-root.json"));
    private static readonly byte[] ZendeskPage = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "MockData", "zendesk", "export", "page-1.json"));
    private static readonly byte[] Email = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "MockData", "email", "01-question.eml"));

    private readonly WorkerFactory _factory = new(settings: new Dictionary<string, string?> { ["CommandCenter:Webhooks:MaxBodyBytes"] = "65536" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Ingest_SignedSlackEvent_AppendsItsEvents()
    {
        var response = await SendAsync("slack", SlackRoot, SignSlack(SlackRoot, Now()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadAsync<WebhookIngestResponse>();
        Assert.Equal(("slack", 1), (body.Source, body.TicketsUpserted));
        Assert.True(body.EventsAppended >= 2, $"{body.EventsAppended} events");
        Assert.Equal(body.EventsAppended, await CountAsync(db => db.Events));
    }

    [Fact]
    public async Task Ingest_SameDeliveryAgain_Returns200WithDuplicatesAndStoresNothingTwice()
    {
        var first = await (await SendAsync("slack", SlackRoot, SignSlack(SlackRoot, Now()))).ReadAsync<WebhookIngestResponse>();
        _factory.Clock.Advance(Duration.FromSeconds(30)); // a retry, freshly signed

        var response = await SendAsync("slack", SlackRoot, SignSlack(SlackRoot, Now()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await response.ReadAsync<WebhookIngestResponse>();
        Assert.Equal((0, 0, first.EventsAppended), (again.EventsAppended, again.TicketsUpserted, again.Duplicates));
        Assert.Equal(first.EventsAppended, await CountAsync(db => db.Events));
    }

    [Fact]
    public async Task Ingest_WrongSecret_Returns401ProblemAndStoresNothing()
    {
        var forged = new SlackRequestSignatureVerifier(new Secret(SecretNames.SlackSigningSecret, "not-the-secret")).Sign(Seconds(Now()), SlackRoot);

        var response = await SendAsync("slack", SlackRoot, new() { [SlackRequestSignatureVerifier.SignatureHeader] = forged, [SlackRequestSignatureVerifier.TimestampHeader] = Seconds(Now()) });

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "not valid for this body");
        Assert.Equal(0, await CountAsync(db => db.Events));
    }

    [Fact]
    public async Task Ingest_BodyChangedAfterSigning_Returns401()
    {
        var headers = SignSlack(SlackRoot, Now());
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(SlackRoot).Replace("exports fail", "exports work", StringComparison.Ordinal));

        var response = await SendAsync("slack", tampered, headers);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "not valid for this body");
    }

    [Fact]
    public async Task Ingest_ReplayedOutsideTheTimestampTolerance_Returns401()
    {
        var signedLongAgo = SignSlack(SlackRoot, Now() - Duration.FromMinutes(6));

        var response = await SendAsync("slack", SlackRoot, signedLongAgo);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "replay window");
        Assert.Equal(0, await CountAsync(db => db.Events));
    }

    [Fact]
    public async Task Ingest_NoSignatureEvenForASignedInAdmin_Returns401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ingest/slack") { Content = new ByteArrayContent(SlackRoot) };
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, "Admin");

        var response = await _factory.CreateClient().SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "missing");
    }

    [Fact]
    public async Task Ingest_SlackSignatureSentToTheEmailEndpoint_Returns401()
    {
        var response = await SendAsync("email", SlackRoot, SignSlack(SlackRoot, Now()));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "missing");
    }

    [Fact]
    public async Task Ingest_OversizedBodyWithContentLength_Returns413()
    {
        var body = new byte[70_000];

        var response = await SendAsync("slack", body, SignSlack(body, Now()));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "65536 bytes");
    }

    [Fact]
    public async Task Ingest_OversizedChunkedBody_Returns413()
    {
        var body = new byte[70_000];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ingest/slack") { Content = new UnsizedContent(body) };
        foreach (var (name, value) in SignSlack(body, Now()))
        {
            request.Headers.Add(name, value);
        }

        var response = await _factory.CreateClient().SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "65536 bytes");
    }

    [Fact]
    public async Task Ingest_SignedButMalformedPayload_Returns400NamingTheProblemAndDeadLettersIt()
    {
        var body = "{\"type\":\"event_callback\",\"event\":{\"type\":\"message\""u8.ToArray();

        var response = await SendAsync("slack", body, SignSlack(body, Now()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync<ValidationProblemDetails>();
        Assert.Contains("body", problem.Errors.Keys);
        await using var scope = _factory.Services.CreateAsyncScope();
        var deadLetter = Assert.Single(await scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>().DeadLetters.ToListAsync());
        Assert.Equal(("slack", IngestTriggers.Webhook), (deadLetter.Source, deadLetter.Trigger));
        Assert.Equal(body, deadLetter.Payload);
        Assert.Equal(problem.Errors["body"][0], deadLetter.Reason);
        Assert.Equal(0, await CountAsync(db => db.Events));
    }

    [Fact]
    public async Task Ingest_SlackUrlVerification_EchoesTheChallenge()
    {
        var body = "{\"token\":\"t\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}"u8.ToArray();

        var response = await SendAsync("slack", body, SignSlack(body, Now()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", (await response.ReadAsync<SlackChallengeResponse>()).Challenge);
    }

    [Fact]
    public async Task Ingest_SignedZendeskExportPage_AppendsItsTickets()
    {
        var timestamp = InstantPattern.ExtendedIso.Format(Now());
        var signature = new ZendeskWebhookSignatureVerifier(new Secret(SecretNames.ZendeskWebhookSigningSecret, WorkerFactory.ZendeskSecret)).Sign(timestamp, ZendeskPage);

        var response = await SendAsync("zendesk", ZendeskPage, new() { [ZendeskWebhookSignatureVerifier.SignatureHeader] = signature, [ZendeskWebhookSignatureVerifier.TimestampHeader] = timestamp });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadAsync<WebhookIngestResponse>();
        Assert.True(body.TicketsUpserted > 0 && body.EventsAppended > 0, body.ToString());
        Assert.Equal(body.TicketsUpserted, await CountAsync(db => db.TicketSnapshots));
    }

    [Fact]
    public async Task Ingest_SignedEmail_AppendsTheMessage()
    {
        var response = await SendAsync("email", Email, SignEmail(Email, Now()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.ReadAsync<WebhookIngestResponse>()).TicketsUpserted);
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>().TicketSnapshots.AnyAsync(t => t.TicketId == "email:inv-4411-1@customer.example"));
    }

    [Fact]
    public async Task Ingest_EmailSignedWithAStaleTimestamp_Returns401()
    {
        var response = await SendAsync("email", Email, SignEmail(Email, Now() + Duration.FromMinutes(6)));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "replay window");
    }

    [Fact]
    public async Task Ingest_UnknownSource_Returns404()
    {
        var response = await SendAsync("teams", SlackRoot, SignSlack(SlackRoot, Now()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Ingest_SecretNotConfigured_Returns401NamingTheSetting()
    {
        using var factory = new WorkerFactory(settings: new Dictionary<string, string?> { ["Adapters:Secrets:Email:WebhookSigningSecret"] = string.Empty });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/ingest/email") { Content = new ByteArrayContent(Email) };
        foreach (var (name, value) in SignEmail(Email, Now()))
        {
            request.Headers.Add(name, value);
        }

        var response = await factory.CreateClient().SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "Adapters:Secrets:Email:WebhookSigningSecret");
    }

    private static Instant Now() => CommandCenterFactory.Now;

    private static string Seconds(Instant at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> SignSlack(byte[] body, Instant at) => new()
    {
        [SlackRequestSignatureVerifier.SignatureHeader] = new SlackRequestSignatureVerifier(new Secret(SecretNames.SlackSigningSecret, WorkerFactory.SlackSecret)).Sign(Seconds(at), body),
        [SlackRequestSignatureVerifier.TimestampHeader] = Seconds(at),
    };

    private static Dictionary<string, string> SignEmail(byte[] body, Instant at) => new()
    {
        [EmailWebhookSignatureVerifier.SignatureHeader] = new EmailWebhookSignatureVerifier(new Secret(EmailWebhookSignatureVerifier.SecretName, WorkerFactory.EmailSecret)).Sign(Seconds(at), body),
        [EmailWebhookSignatureVerifier.TimestampHeader] = Seconds(at),
    };

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadAsync<ProblemDetails>();
        Assert.Equal((int)status, problem.Status);
        Assert.Contains(detail, problem.Detail, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(string source, byte[] body, Dictionary<string, string> headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/ingest/{source}") { Content = new ByteArrayContent(body) };
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, TestAuthenticationHandler.Anonymous);
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return await _factory.CreateClient().SendAsync(request);
    }

    private async Task<int> CountAsync<T>(Func<CommandCenterDbContext, IQueryable<T>> set)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await set(scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>()).CountAsync();
    }

    /// <summary>A body sent without a Content-Length (chunked).</summary>
    private sealed class UnsizedContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
