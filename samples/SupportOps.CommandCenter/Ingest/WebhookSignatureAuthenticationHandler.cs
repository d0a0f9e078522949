using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NodaTime;
using SupportOps.Adapters.Secrets;
using SupportOps.Adapters.Signatures;
using SupportOps.CommandCenter.Domain;
using SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Ingest;

/// <summary>
/// The <c>IngestWebhook</c> authentication scheme: a request is authenticated only by a valid signature of
/// its raw body for the source in its route — Slack's <c>v0:</c> scheme, Zendesk's webhook signature, or the
/// documented <see cref="EmailWebhookSignatureVerifier"/> header for email — with the per-source secret
/// from configuration, compared in constant time, the signed timestamp within the replay window.
/// </summary>
/// <remarks>
/// <para>The body is read here (at most <see cref="WebhookOptions.MaxBodyBytes"/>; more is answered 413) and
/// handed to the endpoint as a <see cref="WebhookDelivery"/>, so what is parsed is exactly what was verified.
/// Every other failure is 401 with a ProblemDetails naming the reason (missing, malformed, stale or
/// mismatched signature, or no secret configured).</para>
/// </remarks>
internal sealed class WebhookSignatureAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ISecretProvider secrets,
    IClock clock,
    IOptions<WebhookOptions> webhookOptions,
    IProblemDetailsService problemDetails) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "IngestWebhook";
    public const string SourceClaim = "supportops:webhook_source";

    private static readonly object FailureKey = new();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!WebhookSources.TryParse(Request.RouteValues["source"] as string, out var source))
        {
            return AuthenticateResult.NoResult();
        }

        var limit = webhookOptions.Value.MaxBodyBytes;
        var body = await ReadBodyAsync(limit).ConfigureAwait(false);
        if (body is null)
        {
            return Failed(StatusCodes.Status413PayloadTooLarge, "Payload too large", string.Create(CultureInfo.InvariantCulture, $"The body is larger than the {limit} bytes a webhook delivery may have."));
        }

        var verdict = Verify(source, body, out var secretName);
        if (verdict is null)
        {
            return Failed(StatusCodes.Status401Unauthorized, "Webhook signing secret not configured", $"No signing secret is configured for {Vocabulary.Wire(source)}: set Adapters:Secrets:{secretName}.");
        }

        if (verdict != SignatureVerification.Valid)
        {
            return Failed(StatusCodes.Status401Unauthorized, "Invalid webhook signature", $"The {Vocabulary.Wire(source)} signature is {Describe(verdict.Value)}.");
        }

        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(body))[..16];
        Context.Items[typeof(WebhookDelivery)] = new WebhookDelivery(source, body, $"webhook:{fingerprint}");
        var identity = new ClaimsIdentity([new Claim(SourceClaim, Vocabulary.Wire(source)), new Claim(ClaimTypes.Name, $"{Vocabulary.Wire(source)}-webhook")], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var (status, title, detail) = Context.Items[FailureKey] as (int, string, string)? ?? (StatusCodes.Status401Unauthorized, "Webhook signature required", "Sign the request body with the source's webhook secret.");
        Response.StatusCode = status;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).ConfigureAwait(false);
    }

    private static string Describe(SignatureVerification verdict) => verdict switch
    {
        SignatureVerification.Missing => "missing (signature and timestamp headers are required)",
        SignatureVerification.Malformed => "malformed",
        SignatureVerification.TimestampOutOfTolerance => "outside the replay window (timestamp too old or in the future)",
        _ => "not valid for this body",
    };

    private AuthenticateResult Failed(int status, string title, string detail)
    {
        Context.Items[FailureKey] = (status, title, detail);
        return AuthenticateResult.Fail(detail);
    }

    private SignatureVerification? Verify(EventSource source, byte[] body, out string secretName)
    {
        var tolerance = Duration.FromTimeSpan(webhookOptions.Value.TimestampTolerance);
        var now = clock.GetCurrentInstant();
        secretName = source switch
        {
            EventSource.Slack => SecretNames.SlackSigningSecret,
            EventSource.Zendesk => SecretNames.ZendeskWebhookSigningSecret,
            _ => EmailWebhookSignatureVerifier.SecretName,
        };
        if (!secrets.TryGetSecret(secretName, out var secret) || secret is null)
        {
            return null;
        }

        var headers = Request.Headers;
        return source switch
        {
            EventSource.Slack => new SlackRequestSignatureVerifier(secret, tolerance).Verify(
                headers[SlackRequestSignatureVerifier.SignatureHeader], headers[SlackRequestSignatureVerifier.TimestampHeader], body, now),
            EventSource.Zendesk => new ZendeskWebhookSignatureVerifier(secret, tolerance).Verify(
                headers[ZendeskWebhookSignatureVerifier.SignatureHeader], headers[ZendeskWebhookSignatureVerifier.TimestampHeader], body, now),
            _ => new EmailWebhookSignatureVerifier(secret, tolerance).Verify(
                headers[EmailWebhookSignatureVerifier.SignatureHeader], headers[EmailWebhookSignatureVerifier.TimestampHeader], body, now),
        };
    }

    /// <summary>Reads the body, or returns null when it is longer than <paramref name="limit"/>.</summary>
    private async Task<byte[]?> ReadBodyAsync(int limit)
    {
        if (Request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await Request.Body.ReadAsync(chunk, Context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
