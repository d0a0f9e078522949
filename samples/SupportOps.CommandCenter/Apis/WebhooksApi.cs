using Microsoft.AspNetCore.Http.HttpResults;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Ports;
using SupportOps.Adapters.Registry;
using SupportOps.Adapters.Slack.Normalization;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Ingest;
using SupportOps.CommandCenter.Security;
using SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Apis;

/// <summary>The ingest webhooks: Zendesk, Slack and email push their payloads here, signed.</summary>
public static class WebhooksApi
{
    /// <summary>Maps <c>POST /api/v1/ingest/{source}</c>.</summary>
    /// <param name="app">The endpoint builder; must not be null.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/v1/ingest").WithTags("Ingest");
        api.MapPost($"/{WebhookSources.RoutePattern}", IngestAsync)
            .WithName("IngestWebhook")
            .WithSummary("Ingest a signed webhook delivery from zendesk, slack or email")
            .WithDescription("The raw body must carry the source's signature (Slack v0, Zendesk webhook signature, or X-SupportOps-Signature for email). Duplicates are answered 200 with their counts and stored once.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesValidationProblem()
            .RequireAuthorization(AuthorizationPolicies.IngestWebhook);
        return api;
    }

    internal static async Task<Results<Ok<WebhookIngestResponse>, Ok<SlackChallengeResponse>, ValidationProblem, ProblemHttpResult>> IngestAsync(
        HttpContext context,
        IEnumerable<AdapterDescriptor> adapters,
        IServiceProvider services,
        IngestService ingest,
        CancellationToken cancellationToken)
    {
        if (context.Items[typeof(WebhookDelivery)] is not WebhookDelivery delivery)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Webhook signature required");
        }

        if (delivery.Source == EventSource.Slack && SlackUrlVerification.TryGetChallenge(delivery.Body.Span, out var challenge) && challenge is not null)
        {
            return TypedResults.Ok(new SlackChallengeResponse(challenge));
        }

        if (adapters.FirstOrDefault(a => a.Source == delivery.Source) is not { } adapter)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Adapter not registered", detail: $"No adapter is registered for {Vocabulary.Wire(delivery.Source)}.");
        }

        var normalizer = adapter.CreateNormalizer(services);
        var payload = new SourcePayload(delivery.PayloadId, delivery.Body);

        // A payload none of which normalizes is the caller's error: 400 naming why, and a dead letter.
        var check = SafeNormalize(normalizer, payload);
        if (check.Tickets.All(t => t.Events.IsDefaultOrEmpty) && !check.Rejections.IsDefaultOrEmpty && check.Rejections.Length > 0)
        {
            var reasons = check.Rejections.Select(r => r.ItemPath is null ? r.Reason : $"{r.ItemPath}: {r.Reason}").ToArray();
            await ingest.DeadLetterAsync(delivery.Source, delivery.PayloadId, string.Join("; ", reasons), delivery.Body, cancellationToken).ConfigureAwait(false);
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = reasons }, title: $"The {Vocabulary.Wire(delivery.Source)} payload could not be normalized");
        }

        var result = await ingest.IngestAsync(delivery.Source, new NormalizedPayload(normalizer, payload, check), payload, cancellationToken).ConfigureAwait(false);
        if (!result.Completed)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Ingest failed", detail: "The delivery could not be stored; retry it (it is idempotent).");
        }

        return TypedResults.Ok(new WebhookIngestResponse(
            Vocabulary.Wire(delivery.Source), result.TicketsUpserted, result.EventsAppended, result.DuplicatesSkipped, result.SupersededSkipped, result.DeadLettered, result.Ignored));
    }

    private static NormalizationResult SafeNormalize(ITicketNormalizer normalizer, SourcePayload payload)
    {
        try
        {
            return normalizer.Normalize(payload);
        }
#pragma warning disable CA1031 // A normalizer must not throw for bad input; if one does, the payload is the problem.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return NormalizationResult.Rejected($"the normalizer failed: {exception.GetType().Name}: {exception.Message}", payload.Body);
        }
    }
}
