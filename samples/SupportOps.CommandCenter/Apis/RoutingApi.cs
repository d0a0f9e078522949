using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Routing;
using SupportOps.CommandCenter.Security;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;
using SupportOps.RoutingEngine.Overrides;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace SupportOps.CommandCenter.Apis;

/// <summary>The routing API: route a ticket, dry-run, override, and read the latest decision.</summary>
public static class RoutingApi
{
    /// <summary>The longest accepted override reason.</summary>
    public const int MaxReasonLength = 1000;

    /// <summary>Maps the <c>/api/v1/tickets/{id}/route</c> endpoints.</summary>
    /// <param name="app">The endpoint builder; must not be null.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapRoutingApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/v1/tickets").WithTags("Routing");

        api.MapGet("/{id}/route", GetRouteAsync)
            .WithName("GetTicketRoute")
            .WithSummary("Get a ticket's latest routing decision")
            .WithDescription("The latest recorded decision with the alternatives it rejected and why, and the override in force.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(AuthorizationPolicies.TicketsRead);

        api.MapPost("/{id}/route", RouteAsync)
            .WithName("RouteTicket")
            .WithSummary("Route a ticket and apply the decision")
            .WithDescription("Decides with the active routing policy and appends routing_decided (plus assignee_changed/queue_changed when they change). The same inputs and policy version as the last decision append nothing.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(AuthorizationPolicies.RoutingManage);

        api.MapPost("/{id}/route/dry-run", DryRunAsync)
            .WithName("DryRunTicketRoute")
            .WithSummary("Decide where a ticket would go, storing nothing")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(AuthorizationPolicies.RoutingManage);

        api.MapPost("/{id}/route/override", ApplyOverrideAsync)
            .WithName("OverrideTicketRoute")
            .WithSummary("Override routing: reassign to an agent or escalate to a queue")
            .WithDescription("Reason required; optional expiry. Recorded in the timeline and the audit log; the ticket is routed again at once and the override wins until cleared or expired.")
            .Accepts<RoutingOverrideRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(AuthorizationPolicies.RoutingManage);

        api.MapDelete("/{id}/route/override", ClearOverrideAsync)
            .WithName("ClearTicketRouteOverride")
            .WithSummary("Clear the ticket's active routing override")
            .WithDescription("Reason required (query parameter reason). Recorded in the timeline and the audit log; the ticket is routed again at once.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(AuthorizationPolicies.RoutingManage);

        return api;
    }

    internal static async Task<Results<Ok<TicketRoutingView>, ProblemHttpResult>> GetRouteAsync(
        string id,
        CommandCenterDbContext db,
        IEventStore store,
        IClock clock,
        CancellationToken cancellationToken)
    {
        var events = await store.ReadStreamAsync(id, 1, cancellationToken).ConfigureAwait(false);
        if (events.Count == 0)
        {
            return TicketNotFound(id);
        }

        var row = await db.RoutingDecisions.AsNoTracking()
            .Where(d => d.TicketId == id)
            .OrderByDescending(d => d.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return TypedResults.Problem(detail: $"Ticket '{id}' has not been routed yet; POST /api/v1/tickets/{id}/route decides.", statusCode: StatusCodes.Status404NotFound, title: "No routing decision");
        }

        var (overrides, applied) = TicketRoutingService.Overrides(id, events);
        return TypedResults.Ok(new TicketRoutingView(id, RoutingViews.ToView(row), ActiveOverride(overrides, applied, id, clock.GetCurrentInstant())));
    }

    internal static async Task<Results<Ok<RouteResponse>, ProblemHttpResult>> RouteAsync(
        string id,
        TicketRoutingService routing,
        CancellationToken cancellationToken)
    {
        var situation = await routing.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (situation is null)
        {
            return TicketNotFound(id);
        }

        var (response, problem) = await ApplyAsync(routing, situation, [], situation.Overrides, null, cancellationToken).ConfigureAwait(false);
        return response is not null ? TypedResults.Ok(response) : problem!;
    }

    internal static async Task<Results<Ok<RoutingDecisionView>, ProblemHttpResult>> DryRunAsync(
        string id,
        TicketRoutingService routing,
        CancellationToken cancellationToken)
    {
        var situation = await routing.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        return situation is null
            ? TicketNotFound(id)
            : TypedResults.Ok(RoutingViews.ToView(TicketRoutingService.Decide(situation), null));
    }

    internal static async Task<Results<Ok<RouteResponse>, ValidationProblem, ProblemHttpResult>> ApplyOverrideAsync(
        string id,
        HttpRequest request,
        ClaimsPrincipal user,
        TicketRoutingService routing,
        CommandCenterDbContext db,
        IClock clock,
        IOptions<JsonOptions> jsonOptions,
        CancellationToken cancellationToken)
    {
        RoutingOverrideRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<RoutingOverrideRequest>(request.Body, jsonOptions.Value.SerializerOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            var field = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "body" : exception.Path.TrimStart('$', '.');
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = ["The request body is not valid JSON for this field."] });
        }

        var now = clock.GetCurrentInstant();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (body is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["A JSON object with kind, target, reason and optional expires_at is required."] });
        }

        CheckReason(body.Reason, errors);
        var kind = body.Kind ?? "reassign_to_agent";
        if (kind is not ("reassign_to_agent" or "escalate_to_queue"))
        {
            errors["kind"] = [$"Unknown kind '{kind}'; use reassign_to_agent or escalate_to_queue."];
        }

        if (string.IsNullOrWhiteSpace(body.Target))
        {
            errors["target"] = ["The target (an agent id or a queue) is required."];
        }

        Instant? expiresAt = null;
        if (body.ExpiresAt is not null)
        {
            var parsed = InstantPattern.ExtendedIso.Parse(body.ExpiresAt);
            if (!parsed.Success)
            {
                errors["expires_at"] = [$"'{body.ExpiresAt}' is not an ISO-8601 UTC instant such as 2026-03-10T18:00:00Z."];
            }
            else if (parsed.Value <= now)
            {
                errors["expires_at"] = [$"The expiry must be after now ({InstantPattern.ExtendedIso.Format(now)})."];
            }
            else
            {
                expiresAt = parsed.Value;
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var situation = await routing.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (situation is null)
        {
            return TicketNotFound(id);
        }

        var target = body.Target!.Trim();
        if (kind == "reassign_to_agent" && !await db.Agents.AsNoTracking().AnyAsync(a => a.AgentId == target, cancellationToken).ConfigureAwait(false))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["target"] = [$"There is no agent '{target}'."] });
        }

        if (kind == "escalate_to_queue" && !situation.Settings.RoutingPolicy.Queues.Contains(target.ToLowerInvariant()))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["target"] = [$"Queue '{target}' is not in routing policy {situation.Settings.RoutingPolicy.Version}; known: {string.Join(", ", situation.Settings.RoutingPolicy.Queues)}."] });
        }

        var actor = ActorName(user);
        var routingOverride = kind == "reassign_to_agent"
            ? RoutingOverride.ReassignToAgent(id, target, body.Reason!.Trim(), actor, now, expiresAt)
            : RoutingOverride.EscalateToQueue(id, target, body.Reason!.Trim(), actor, now, expiresAt);
        var applied = new EventTimeline.Events.RoutingOverrideApplied
        {
            OverrideId = routingOverride.Id,
            TargetKind = kind == "reassign_to_agent" ? RoutingTargetKind.Agent : RoutingTargetKind.Queue,
            TargetId = routingOverride.TargetId,
            Reason = routingOverride.Reason,
            AppliedBy = actor,
            ExpiresAt = expiresAt,
        };
        var (response, problem) = await ApplyAsync(routing, situation, [(applied, Actor.Agent(actor))], situation.Overrides.Apply(routingOverride), ToView(routingOverride, applied), cancellationToken).ConfigureAwait(false);
        return response is not null ? TypedResults.Ok(response) : problem!;
    }

    internal static async Task<Results<Ok<RouteResponse>, ValidationProblem, ProblemHttpResult>> ClearOverrideAsync(
        string id,
        ClaimsPrincipal user,
        TicketRoutingService routing,
        string? reason = null,
        CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        CheckReason(reason, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var situation = await routing.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (situation is null)
        {
            return TicketNotFound(id);
        }

        if (situation.Overrides.ActiveFor(id, situation.Now) is not { } active || !situation.OverrideEvents.TryGetValue(active.Id, out var applied))
        {
            return TypedResults.Problem(detail: $"Ticket '{id}' has no active routing override.", statusCode: StatusCodes.Status404NotFound, title: "No active override");
        }

        var actor = ActorName(user);
        var overrides = situation.Overrides.Clear(active.Id, actor, reason!.Trim(), situation.Now, out _);
        var cleared = new EventTimeline.Events.RoutingOverrideCleared { OverrideId = applied.OverrideId, Reason = reason.Trim(), ClearedBy = actor };
        var (response, problem) = await ApplyAsync(routing, situation, [(cleared, Actor.Agent(actor))], overrides, null, cancellationToken).ConfigureAwait(false);
        return response is not null ? TypedResults.Ok(response) : problem!;
    }

    private static async Task<(RouteResponse? Response, ProblemHttpResult? Problem)> ApplyAsync(
        TicketRoutingService routing,
        RoutingSituation situation,
        IReadOnlyList<(TicketEvent Event, Actor Actor)> leading,
        RoutingOverrideSet overrides,
        RoutingOverrideView? applied,
        CancellationToken cancellationToken)
    {
        try
        {
            var (decision, repeat, version, appended) = await routing.ApplyAsync(situation, leading, overrides, cancellationToken).ConfigureAwait(false);
            return (new RouteResponse(RoutingViews.ToView(decision, situation.Now), repeat, version, appended, applied), null);
        }
        catch (EventStreamConcurrencyException conflict)
        {
            return (null, TypedResults.Problem(
                detail: $"Ticket '{conflict.TicketId}' changed while it was being routed (now at version {conflict.ActualVersion}). Retry.",
                statusCode: StatusCodes.Status409Conflict,
                title: "Version conflict"));
        }
    }

    private static void CheckReason(string? reason, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors["reason"] = ["A reason is required: it is recorded in the timeline and the audit log."];
        }
        else if (reason.Length > MaxReasonLength)
        {
            errors["reason"] = [$"The reason must be at most {MaxReasonLength} characters; got {reason.Length}."];
        }
    }

    private static RoutingOverrideView? ActiveOverride(RoutingOverrideSet overrides, IReadOnlyDictionary<string, EventTimeline.Events.RoutingOverrideApplied> applied, string ticketId, Instant now) =>
        overrides.ActiveFor(ticketId, now) is { } active && applied.TryGetValue(active.Id, out var e) ? ToView(active, e) : null;

    private static RoutingOverrideView ToView(RoutingOverride routingOverride, EventTimeline.Events.RoutingOverrideApplied applied) => new(
        applied.OverrideId,
        Vocabulary.Wire(routingOverride.Kind),
        routingOverride.TargetId,
        routingOverride.Reason,
        routingOverride.Actor,
        InstantPattern.ExtendedIso.Format(routingOverride.AppliedAt),
        routingOverride.ExpiresAt is { } expires ? InstantPattern.ExtendedIso.Format(expires) : null);

    private static ProblemHttpResult TicketNotFound(string id) =>
        TypedResults.Problem(detail: $"There is no ticket '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Ticket not found");

    /// <summary>The signed-in user's name, as recorded on overrides and in the audit log.</summary>
    internal static string ActorName(ClaimsPrincipal user) =>
        user.Identity?.Name is { Length: > 0 } name ? name : user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";
}
