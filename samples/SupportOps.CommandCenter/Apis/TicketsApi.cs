using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Inbox;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Models;
using SupportOps.CommandCenter.Security;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Serialization;
using SupportOps.EventTimeline.Storage;
using SupportOps.SlaEngine.Timers;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace SupportOps.CommandCenter.Apis;

/// <summary>The tickets API: the inbox, ticket detail and appending events.</summary>
public static class TicketsApi
{
    /// <summary>The largest page size.</summary>
    public const int MaxLimit = 200;

    /// <summary>The default page size.</summary>
    public const int DefaultLimit = 50;

    /// <summary>Maps <c>/api/v1/tickets</c>.</summary>
    /// <param name="app">The endpoint builder; must not be null.</param>
    /// <returns>The route group, for further conventions.</returns>
    public static RouteGroupBuilder MapTicketsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        var api = app.MapGroup("/api/v1/tickets").WithTags("Tickets");

        api.MapGet("/", ListTicketsAsync)
            .WithName("ListTickets")
            .WithSummary("List tickets (the inbox)")
            .WithDescription("Filter by status, priority, channel, queue, assignee (ids, unassigned, me), risk_band and breached (repeat or comma-separate values), search with q, or apply a saved view with view={id}; sort by triage (default), risk, due, created or waiting; keyset paging with an opaque cursor.")
            .RequireAuthorization(AuthorizationPolicies.TicketsRead);

        api.MapGet("/{id}", GetTicketAsync)
            .WithName("GetTicket")
            .WithSummary("Get a ticket with its timeline and SLA timers")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(AuthorizationPolicies.TicketsRead);

        api.MapPost("/{id}/events", AppendEventsAsync)
            .WithName("AppendTicketEvents")
            .WithSummary("Append events to a ticket")
            .WithDescription("Appends a batch atomically with an expected version; duplicates (by dedupe key) are not written again.")
            .Accepts<AppendEventsRequest>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(AuthorizationPolicies.TicketsWrite);

        api.MapPost("/bulk", BulkAsync)
            .WithName("BulkTicketAction")
            .WithSummary("Assign or escalate up to 200 tickets")
            .WithDescription("Validates the whole request first, then appends one event per ticket with an idempotency key derived from request_id; returns a result per ticket (ok, conflict, not_found).")
            .Accepts<BulkActionRequest>("application/json")
            .RequireAuthorization(AuthorizationPolicies.TicketsWrite);

        return api;
    }

    internal static async Task<Results<Ok<BulkActionResponse>, ValidationProblem>> BulkAsync(
        HttpRequest request,
        ClaimsPrincipal user,
        IEventStore store,
        CommandCenterDbContext db,
        IOptions<JsonOptions> jsonOptions,
        IClock clock,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (_, body) = await InboxRequestBody.TryReadAsync<BulkActionRequest>(request, jsonOptions, errors, cancellationToken).ConfigureAwait(false);
        var ids = errors.Count > 0 ? null : BulkActionValidator.Validate(body, errors);
        if (ids is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var actorId = user.FindFirstValue(CommandCenterClaims.AgentId) ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";
        var actor = new Actor { Kind = ActorKind.Agent, Id = actorId, DisplayName = user.Identity?.Name };
        var existing = await db.TicketSnapshots.AsNoTracking()
            .Where(t => ids.Contains(t.TicketId))
            .Select(t => new { t.TicketId, t.Version, t.Status, t.Assignee })
            .ToDictionaryAsync(t => t.TicketId, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var results = new List<BulkTicketResult>(ids.Count);
        foreach (var id in ids)
        {
            if (!existing.TryGetValue(id, out var ticket))
            {
                results.Add(new BulkTicketResult(id, "not_found", null, false, $"There is no ticket '{id}'."));
                continue;
            }

            if (ticket.Status == "closed")
            {
                results.Add(new BulkTicketResult(id, "conflict", ticket.Version, false, "The ticket is closed."));
                continue;
            }

            TicketEvent change = body!.Action == BulkActionValidator.Assign
                ? new AssigneeChanged { From = ticket.Assignee, To = body.Target!.Trim() }
                : new Escalated { Reason = body.Reason!.Trim(), EscalatedTo = string.IsNullOrWhiteSpace(body.Target) ? null : body.Target.Trim() };
            var expected = body.ExpectedVersions is { } versions && versions.TryGetValue(id, out var version) ? ExpectedVersion.Exactly(version) : ExpectedVersion.Any;
            var at = clock.GetCurrentInstant();
            var key = $"bulk:{body.RequestId}:{body.Action}";
            var events = new List<NewEvent> { new() { Event = change, OccurredAt = at, Actor = actor, Source = EventSource.Api, DedupeKey = key } };
            if (body.Action == BulkActionValidator.Assign && !string.IsNullOrWhiteSpace(body.Reason))
            {
                // An assignment has no reason field: the reason goes on the timeline as an internal note in the same append.
                var note = new InternalNote { MessageId = $"{key}:note", AuthorId = actorId, Body = $"Assigned to {body.Target!.Trim()}: {body.Reason.Trim()}" };
                events.Add(new NewEvent { Event = note, OccurredAt = at, Actor = actor, Source = EventSource.Api, DedupeKey = $"{key}:note" });
            }

            var append = new AppendRequest(id, expected, events);
            try
            {
                var result = await store.AppendAsync(append, cancellationToken).ConfigureAwait(false);
                results.Add(new BulkTicketResult(id, "ok", result.Version, result.Appended.IsEmpty, null));
            }
            catch (EventStreamConcurrencyException conflict)
            {
                results.Add(new BulkTicketResult(id, "conflict", conflict.ActualVersion, false, $"The ticket is at version {conflict.ActualVersion}, not the expected {conflict.ExpectedVersion.Value}."));
            }
        }

        return TypedResults.Ok(new BulkActionResponse(
            body!.Action!,
            results.Count(r => r.Outcome == "ok"),
            results.Count(r => r.Outcome == "conflict"),
            results.Count(r => r.Outcome == "not_found"),
            results));
    }

    internal static async Task<Results<Ok<TicketPage>, ValidationProblem>> ListTicketsAsync(
        CommandCenterDbContext db,
        IClock clock,
        ClaimsPrincipal user,
        string[]? status = null,
        string[]? priority = null,
        string[]? channel = null,
        string[]? queue = null,
        string[]? assignee = null,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "risk_band")] string[]? riskBand = null,
        bool? breached = null,
        string? q = null,
        string? sort = null,
        int? limit = null,
        string? cursor = null,
        long? view = null,
        CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var filter = InboxFilterParser.Parse(status, priority, channel, queue, assignee, riskBand, breached, q, string.Empty, errors);
        if (view is { } viewId)
        {
            var owner = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? string.Empty;
            var saved = await db.SavedViews.AsNoTracking().SingleOrDefaultAsync(v => v.Id == viewId && v.Owner == owner, cancellationToken).ConfigureAwait(false);
            if (saved is null)
            {
                errors["view"] = [$"You have no saved view {viewId}."];
            }
            else if (HasAnyFilter(filter))
            {
                errors["view"] = ["A saved view brings its own filter: pass either view or filter parameters, not both."];
            }
            else
            {
                filter = InboxApi.ReadFilter(saved);
                sort ??= saved.Sort;
            }
        }

        var agentId = user.FindFirstValue(CommandCenterClaims.AgentId);
        if (filter.UsesMe && agentId is null)
        {
            errors["assignee"] = ["'me' needs a signed-in user with an agent id."];
        }

        if (!InboxSorts.TryParse(sort, out var order))
        {
            errors["sort"] = [$"Unknown sort '{sort}'; known sorts: {InboxSorts.Known}."];
        }

        var size = limit ?? DefaultLimit;
        if (size is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"The limit must be between 1 and {MaxLimit}; got {size}."];
        }

        InboxCursor? after = null;
        if (cursor is not null && (!InboxCursor.TryDecode(cursor, out after) || after!.Sort != order))
        {
            errors["cursor"] = ["The cursor is not valid for this sort; pass back next_cursor unchanged."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var rows = await InboxOrdering.Page(db.TicketSnapshots.AsNoTracking(), filter, agentId, order, after, size + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        string? next = null;
        if (rows.Count > size)
        {
            rows.RemoveAt(size);
            next = InboxOrdering.CursorAfter(order, rows[^1]).Encode();
        }

        var now = clock.GetCurrentInstant();
        return TypedResults.Ok(new TicketPage([.. rows.Select(r => ToSummary(r, now))], next));
    }

    internal static async Task<Results<Ok<TicketDetail>, ProblemHttpResult>> GetTicketAsync(
        string id,
        CommandCenterDbContext db,
        IEventStore store,
        TicketStateCalculator calculator,
        IClock clock,
        CancellationToken cancellationToken)
    {
        var row = await db.TicketSnapshots.AsNoTracking().SingleOrDefaultAsync(t => t.TicketId == id, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return TypedResults.Problem(
                detail: $"There is no ticket '{id}'.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Ticket not found");
        }

        var events = await store.ReadStreamAsync(id, 1, cancellationToken).ConfigureAwait(false);
        var sla = calculator.EvaluateSla(events, clock.GetCurrentInstant());
        var now = clock.GetCurrentInstant();
        var timers = sla is null
            ? []
            : sla.Timers.Where(t => t.Current is not null).Select(t => ToView(t.Current!)).ToList();
        return TypedResults.Ok(new TicketDetail(ToSummary(row, now), timers, [.. events.Select(ToJson)]));
    }

    internal static async Task<Results<Ok<AppendEventsResponse>, ValidationProblem, ProblemHttpResult>> AppendEventsAsync(
        string id,
        HttpRequest request,
        IEventStore store,
        CommandCenterDbContext db,
        IOptions<JsonOptions> jsonOptions,
        IClock clock,
        CancellationToken cancellationToken)
    {
        AppendEventsRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<AppendEventsRequest>(request.Body, jsonOptions.Value.SerializerOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            var field = string.IsNullOrEmpty(exception.Path) ? "body" : exception.Path;
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = ["The request body is not valid JSON for this field."] });
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var append = AppendRequestParser.Parse(id, body, errors);
        if (append is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        AppendResult result;
        try
        {
            result = await store.AppendAsync(append, cancellationToken).ConfigureAwait(false);
        }
        catch (EventStreamConcurrencyException conflict)
        {
            return TypedResults.Problem(
                detail: $"Ticket '{conflict.TicketId}' is at version {conflict.ActualVersion}, not the expected {conflict.ExpectedVersion}. Re-read the ticket and retry.",
                statusCode: StatusCodes.Status409Conflict,
                title: "Version conflict",
                extensions: new Dictionary<string, object?> { ["expected_version"] = conflict.ExpectedVersion.Value, ["actual_version"] = conflict.ActualVersion });
        }

        var row = await db.TicketSnapshots.AsNoTracking().SingleOrDefaultAsync(t => t.TicketId == id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new AppendEventsResponse(
            result.TicketId,
            result.Version,
            result.Appended.Length,
            result.Duplicates.Length,
            [.. result.Events.Select(ToJson)],
            row is null ? null : ToSummary(row, clock.GetCurrentInstant())));
    }

    private static bool HasAnyFilter(InboxFilter filter)
        => filter.Status.Count + filter.Priority.Count + filter.Channel.Count + filter.Queue.Count + filter.Assignee.Count + filter.RiskBand.Count > 0
            || filter.Breached is not null
            || filter.Search is not null;

    private static JsonElement ToJson(EventEnvelope envelope)
    {
        using var document = JsonDocument.Parse(TimelineJson.SerializeToUtf8Bytes(envelope));
        return document.RootElement.Clone();
    }

    private static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static string? FormatTicks(long ticks) => ticks == 0 ? null : Format(Instant.FromUnixTimeTicks(ticks));

    /// <summary>The inbox row of a snapshot; with <paramref name="now"/>, the SLA countdown is computed against it.</summary>
    internal static TicketSummary ToSummary(TicketSnapshotRecord row, Instant? now = null) => new(
        row.TicketId,
        row.Version,
        row.Subject,
        row.Status,
        row.Priority,
        row.Channel,
        row.Tier,
        row.Assignee,
        row.Queue,
        FormatTicks(row.CreatedAtTicks),
        FormatTicks(row.UpdatedAtTicks),
        row.DueSortKey == TicketSnapshotRecord.NoDue ? null : FormatTicks(row.DueSortKey),
        row.SlaTimerKind,
        row.IsBreached,
        row.RiskScore,
        row.RiskBand,
        row.RiskReasons.Length == 0 ? [] : row.RiskReasons.Split(','),
        Format(Instant.FromUnixTimeTicks(row.EvaluatedAtTicks)))
    {
        SlaRemainingSeconds = row.DueSortKey == TicketSnapshotRecord.NoDue || now is not { } at ? null : SecondsUntil(row.DueSortKey, at),
        WaitingSince = row.WaitingSinceTicks == TicketSnapshotRecord.NotWaiting ? null : FormatTicks(row.WaitingSinceTicks),
        Requester = row.RequesterId,
    };

    /// <summary>Whole seconds from <paramref name="now"/> to <paramref name="dueTicks"/>, rounded down: negative as soon as the due instant has passed.</summary>
    internal static long SecondsUntil(long dueTicks, Instant now)
        => (long)Math.Floor((dueTicks - now.ToUnixTimeTicks()) / (double)NodaConstants.TicksPerSecond);

    private static SlaTimerView ToView(SlaTimerCycle cycle) => new(
        Vocabulary.Wire(cycle.Kind),
        cycle.Number,
        Vocabulary.Wire(cycle.Status),
        Format(cycle.Start),
        Format(cycle.Due),
        cycle.Target.TotalSeconds,
        cycle.Elapsed.TotalSeconds,
        cycle.Remaining.TotalSeconds,
        cycle.ElapsedPercent,
        cycle.IsBreached,
        cycle.IsWarning,
        cycle.PausedAt is { } paused ? Format(paused) : null,
        cycle.PolicyId);
}
