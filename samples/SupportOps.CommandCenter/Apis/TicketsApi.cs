using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using SupportOps.CommandCenter.Domain;
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
            .WithDescription("Filter by status, priority, channel, queue, assignee, risk_band and breached; sort by risk, due or created; keyset paging with an opaque cursor.")
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

        return api;
    }

    internal static async Task<Results<Ok<TicketPage>, ValidationProblem>> ListTicketsAsync(
        CommandCenterDbContext db,
        string? status = null,
        string? priority = null,
        string? channel = null,
        string? queue = null,
        string? assignee = null,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "risk_band")] string? riskBand = null,
        bool? breached = null,
        string? sort = null,
        int? limit = null,
        string? cursor = null,
        CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        CheckWire<TicketStatus>(status, "status", errors);
        CheckWire<Priority>(priority, "priority", errors);
        CheckWire<Channel>(channel, "channel", errors);
        CheckWire<SupportOps.RiskModel.Scoring.RiskBand>(riskBand, "risk_band", errors);
        var order = sort switch
        {
            null or "risk" => InboxSort.Risk,
            "due" => InboxSort.Due,
            "created" => InboxSort.Created,
            _ => (InboxSort?)null,
        };
        if (order is null)
        {
            errors["sort"] = [$"Unknown sort '{sort}'; use risk, due or created."];
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

        var query = db.TicketSnapshots.AsNoTracking();
        if (status is not null)
        {
            query = query.Where(t => t.Status == status);
        }

        if (priority is not null)
        {
            query = query.Where(t => t.Priority == priority);
        }

        if (channel is not null)
        {
            query = query.Where(t => t.Channel == channel);
        }

        if (queue is not null)
        {
            query = query.Where(t => t.Queue == queue);
        }

        if (assignee is not null)
        {
            query = query.Where(t => t.Assignee == assignee);
        }

        if (riskBand is not null)
        {
            query = query.Where(t => t.RiskBand == riskBand);
        }

        if (breached is { } isBreached)
        {
            query = query.Where(t => t.IsBreached == isBreached);
        }

        query = order switch
        {
            InboxSort.Risk => After(query, after, InboxSort.Risk).OrderByDescending(t => t.RiskScore).ThenBy(t => t.TicketId),
            InboxSort.Due => After(query, after, InboxSort.Due).OrderBy(t => t.DueSortKey).ThenBy(t => t.TicketId),
            _ => After(query, after, InboxSort.Created).OrderByDescending(t => t.CreatedAtTicks).ThenBy(t => t.TicketId),
        };

        var rows = await query.Take(size + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        string? next = null;
        if (rows.Count > size)
        {
            rows.RemoveAt(size);
            var last = rows[^1];
            var key = order switch
            {
                InboxSort.Risk => BitConverter.DoubleToInt64Bits(last.RiskScore),
                InboxSort.Due => last.DueSortKey,
                _ => last.CreatedAtTicks,
            };
            next = new InboxCursor(order!.Value, key, last.TicketId).Encode();
        }

        return TypedResults.Ok(new TicketPage([.. rows.Select(ToSummary)], next));
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
        var timers = sla is null
            ? []
            : sla.Timers.Where(t => t.Current is not null).Select(t => ToView(t.Current!)).ToList();
        return TypedResults.Ok(new TicketDetail(ToSummary(row), timers, [.. events.Select(ToJson)]));
    }

    internal static async Task<Results<Ok<AppendEventsResponse>, ValidationProblem, ProblemHttpResult>> AppendEventsAsync(
        string id,
        HttpRequest request,
        IEventStore store,
        CommandCenterDbContext db,
        IOptions<JsonOptions> jsonOptions,
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
            row is null ? null : ToSummary(row)));
    }

    private static IQueryable<TicketSnapshotRecord> After(IQueryable<TicketSnapshotRecord> query, InboxCursor? cursor, InboxSort sort)
    {
        if (cursor is null)
        {
            return query;
        }

        var id = cursor.TicketId;
        var key = cursor.Key;
        switch (sort)
        {
            case InboxSort.Risk:
                var score = BitConverter.Int64BitsToDouble(key);
                return query.Where(t => t.RiskScore < score || (t.RiskScore == score && t.TicketId.CompareTo(id) > 0));
            case InboxSort.Due:
                return query.Where(t => t.DueSortKey > key || (t.DueSortKey == key && t.TicketId.CompareTo(id) > 0));
            default:
                return query.Where(t => t.CreatedAtTicks < key || (t.CreatedAtTicks == key && t.TicketId.CompareTo(id) > 0));
        }
    }

    private static void CheckWire<T>(string? value, string field, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (value is not null && !Vocabulary.TryParse<T>(value, out _))
        {
            errors[field] = [$"Unknown {field} '{value}'; known values: {Vocabulary.Known<T>()}."];
        }
    }

    private static JsonElement ToJson(EventEnvelope envelope)
    {
        using var document = JsonDocument.Parse(TimelineJson.SerializeToUtf8Bytes(envelope));
        return document.RootElement.Clone();
    }

    private static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static string? FormatTicks(long ticks) => ticks == 0 ? null : Format(Instant.FromUnixTimeTicks(ticks));

    internal static TicketSummary ToSummary(TicketSnapshotRecord row) => new(
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
        Format(Instant.FromUnixTimeTicks(row.EvaluatedAtTicks)));

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
