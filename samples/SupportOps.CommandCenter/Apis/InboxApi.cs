using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Inbox;
using SupportOps.CommandCenter.Security;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace SupportOps.CommandCenter.Apis;

/// <summary>The inbox API: saved views, counts from the counters, and live updates (docs/command-center/inbox.md).</summary>
public static class InboxApi
{
    private static readonly JsonSerializerOptions FilterJson = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Maps <c>/api/v1/inbox</c>.</summary>
    /// <param name="app">The endpoint builder; must not be null.</param>
    /// <returns>The route group, for further conventions.</returns>
    public static RouteGroupBuilder MapInboxApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/v1/inbox").WithTags("Inbox");

        api.MapGet("/views", ListViewsAsync)
            .WithName("ListSavedViews")
            .WithSummary("List the signed-in user's saved views")
            .RequireAuthorization(AuthorizationPolicies.TicketsWrite);

        api.MapGet("/views/{id:long}", GetViewAsync)
            .WithName("GetSavedView")
            .WithSummary("Get one of the signed-in user's saved views")
            .RequireAuthorization(AuthorizationPolicies.TicketsWrite);

        api.MapPost("/views", CreateViewAsync)
            .WithName("CreateSavedView")
            .WithSummary("Save a view (name, filter, sort)")
            .Accepts<SavedViewRequest>("application/json")
            .RequireAuthorization(AuthorizationPolicies.TicketsWrite);

        api.MapPut("/views/{id:long}", UpdateViewAsync)
            .WithName("UpdateSavedView")
            .WithSummary("Replace a saved view's name, filter and sort")
            .Accepts<SavedViewRequest>("application/json")
            .RequireAuthorization(AuthorizationPolicies.TicketsWrite);

        api.MapDelete("/views/{id:long}", DeleteViewAsync)
            .WithName("DeleteSavedView")
            .WithSummary("Delete a saved view")
            .RequireAuthorization(AuthorizationPolicies.TicketsWrite);

        api.MapGet("/counts", GetCountsAsync)
            .WithName("GetInboxCounts")
            .WithSummary("Per-queue counts and the count of each of the user's saved views, from the counters kept on append")
            .RequireAuthorization(AuthorizationPolicies.TicketsRead);

        api.MapGet("/stream", Stream)
            .WithName("StreamInboxChanges")
            .WithSummary("Server-Sent Events of changed ticket rows (at least once; reload rows by id)")
            .RequireAuthorization(AuthorizationPolicies.TicketsRead);

        return api;
    }

    internal static async Task<Ok<IReadOnlyList<SavedView>>> ListViewsAsync(ClaimsPrincipal user, CommandCenterDbContext db, CancellationToken cancellationToken)
    {
        var owner = Owner(user);
        var views = await db.SavedViews.AsNoTracking().Where(v => v.Owner == owner).ToListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<SavedView>>([.. views.OrderBy(v => v.Name, StringComparer.Ordinal).ThenBy(v => v.Id).Select(ToView)]);
    }

    internal static async Task<Results<Ok<SavedView>, ProblemHttpResult>> GetViewAsync(long id, ClaimsPrincipal user, CommandCenterDbContext db, CancellationToken cancellationToken)
    {
        var owner = Owner(user);
        var view = await db.SavedViews.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id && v.Owner == owner, cancellationToken).ConfigureAwait(false);
        return view is null ? ViewNotFound(id) : TypedResults.Ok(ToView(view));
    }

    internal static async Task<Results<Created<SavedView>, ValidationProblem, ProblemHttpResult>> CreateViewAsync(
        HttpRequest request,
        ClaimsPrincipal user,
        CommandCenterDbContext db,
        IOptions<JsonOptions> jsonOptions,
        IClock clock,
        CancellationToken cancellationToken)
    {
        var (valid, errors) = await ReadViewAsync(request, jsonOptions, cancellationToken).ConfigureAwait(false);
        if (valid is not { } view)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var owner = Owner(user);
        if (await db.SavedViews.AnyAsync(v => v.Owner == owner && v.Name == view.Name, cancellationToken).ConfigureAwait(false))
        {
            return NameTaken(view.Name);
        }

        if (await db.SavedViews.CountAsync(v => v.Owner == owner, cancellationToken).ConfigureAwait(false) >= SavedViewValidator.MaxViewsPerUser)
        {
            return TypedResults.Problem(
                detail: $"A user may keep at most {SavedViewValidator.MaxViewsPerUser} saved views; delete one first.",
                statusCode: StatusCodes.Status409Conflict,
                title: "Too many saved views");
        }

        var now = clock.GetCurrentInstant().ToUnixTimeTicks();
        var record = new SavedViewRecord
        {
            Owner = owner,
            Name = view.Name,
            FilterJson = JsonSerializer.Serialize(view.Filter, FilterJson),
            Sort = InboxSorts.Wire(view.Sort),
            CreatedAtTicks = now,
            UpdatedAtTicks = now,
        };
        db.SavedViews.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // A concurrent request saved the same name first (the unique index on owner and name).
            return NameTaken(view.Name);
        }

        return TypedResults.Created($"/api/v1/inbox/views/{record.Id}", ToView(record));
    }

    internal static async Task<Results<Ok<SavedView>, ValidationProblem, ProblemHttpResult>> UpdateViewAsync(
        long id,
        HttpRequest request,
        ClaimsPrincipal user,
        CommandCenterDbContext db,
        IOptions<JsonOptions> jsonOptions,
        IClock clock,
        CancellationToken cancellationToken)
    {
        var (valid, errors) = await ReadViewAsync(request, jsonOptions, cancellationToken).ConfigureAwait(false);
        if (valid is not { } view)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var owner = Owner(user);
        var record = await db.SavedViews.SingleOrDefaultAsync(v => v.Id == id && v.Owner == owner, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return ViewNotFound(id);
        }

        if (await db.SavedViews.AnyAsync(v => v.Owner == owner && v.Name == view.Name && v.Id != id, cancellationToken).ConfigureAwait(false))
        {
            return NameTaken(view.Name);
        }

        record.Name = view.Name;
        record.FilterJson = JsonSerializer.Serialize(view.Filter, FilterJson);
        record.Sort = InboxSorts.Wire(view.Sort);
        record.UpdatedAtTicks = clock.GetCurrentInstant().ToUnixTimeTicks();
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            return NameTaken(view.Name);
        }

        return TypedResults.Ok(ToView(record));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteViewAsync(long id, ClaimsPrincipal user, CommandCenterDbContext db, CancellationToken cancellationToken)
    {
        var owner = Owner(user);
        var deleted = await db.SavedViews.Where(v => v.Id == id && v.Owner == owner).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return deleted == 0 ? ViewNotFound(id) : TypedResults.NoContent();
    }

    internal static async Task<Ok<InboxCounts>> GetCountsAsync(ClaimsPrincipal user, CommandCenterDbContext db, CancellationToken cancellationToken)
    {
        var cells = await db.InboxCounters.AsNoTracking()
            .Where(c => c.Count != 0)
            .GroupBy(c => new { c.Queue, c.Status, c.IsBreached, Unassigned = c.Assignee == InboxCounterRecord.None })
            .Select(g => new { g.Key.Queue, g.Key.Status, g.Key.IsBreached, g.Key.Unassigned, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var queues = cells
            .GroupBy(c => c.Queue, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var unsolved = g.Where(c => c.Status is not ("solved" or "closed")).ToList();
                return new QueueCount(g.Key, g.Sum(c => c.Count), unsolved.Sum(c => c.Count), g.Where(c => c.IsBreached).Sum(c => c.Count), unsolved.Where(c => c.Unassigned).Sum(c => c.Count));
            })
            .ToList();

        var owner = Owner(user);
        var agentId = user.FindFirstValue(CommandCenterClaims.AgentId);
        var views = new List<ViewCount>();
        foreach (var record in (await db.SavedViews.AsNoTracking().Where(v => v.Owner == owner).ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(v => v.Name, StringComparer.Ordinal).ThenBy(v => v.Id))
        {
            var filter = ReadFilter(record);
            if (!filter.IsCountable)
            {
                views.Add(new ViewCount(record.Id, record.Name, null, false, "The view searches text, which the counters cannot answer; open the view to see its tickets."));
                continue;
            }

            var count = await filter.Apply(db.InboxCounters.AsNoTracking(), agentId).SumAsync(c => c.Count, cancellationToken).ConfigureAwait(false);
            views.Add(new ViewCount(record.Id, record.Name, count, true, null));
        }

        return TypedResults.Ok(new InboxCounts(queues, views));
    }

    internal static ServerSentEventsResult<InboxChange> Stream(InboxBroadcaster broadcaster, IOptions<InboxOptions> options, CancellationToken cancellationToken)
        => TypedResults.ServerSentEvents(StreamAsync(broadcaster.Subscribe(), options.Value.HeartbeatInterval, cancellationToken));

    private static async IAsyncEnumerable<SseItem<InboxChange>> StreamAsync(InboxBroadcaster.Subscription subscription, TimeSpan heartbeat, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using (subscription)
        {
            // Tells the client the subscription is live: changes committed from now on will arrive.
            yield return new SseItem<InboxChange>(new InboxChange(string.Empty, 0, null), "ready");
            while (true)
            {
                bool available;
                using (var silence = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    silence.CancelAfter(heartbeat);
                    try
                    {
                        available = await subscription.Reader.WaitToReadAsync(silence.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        available = true;
                    }
                }

                if (!available)
                {
                    yield break;
                }

                if (!subscription.Reader.TryRead(out var change))
                {
                    yield return new SseItem<InboxChange>(new InboxChange(string.Empty, 0, null), "heartbeat");
                    continue;
                }

                do
                {
                    yield return new SseItem<InboxChange>(change, "ticket_changed") { EventId = $"{change.TicketId}:{change.Version}" };
                }
                while (subscription.Reader.TryRead(out change));
            }
        }
    }

    internal static InboxFilter ReadFilter(SavedViewRecord record)
        => JsonSerializer.Deserialize<InboxFilter>(record.FilterJson, FilterJson) ?? InboxFilter.None;

    private static SavedView ToView(SavedViewRecord record) => new(
        record.Id,
        record.Name,
        ReadFilter(record),
        record.Sort,
        InstantPattern.ExtendedIso.Format(Instant.FromUnixTimeTicks(record.CreatedAtTicks)),
        InstantPattern.ExtendedIso.Format(Instant.FromUnixTimeTicks(record.UpdatedAtTicks)));

    private static string Owner(ClaimsPrincipal user)
        => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? string.Empty;

    private static ProblemHttpResult ViewNotFound(long id)
        => TypedResults.Problem(detail: $"You have no saved view {id}.", statusCode: StatusCodes.Status404NotFound, title: "Saved view not found");

    private static ProblemHttpResult NameTaken(string name)
        => TypedResults.Problem(detail: $"You already have a saved view named '{name}'.", statusCode: StatusCodes.Status409Conflict, title: "Saved view name taken");

    /// <summary>Reads and validates a saved view's body; the errors name each bad field when the view is null.</summary>
    private static async Task<((string Name, InboxFilter Filter, InboxSort Sort)? View, Dictionary<string, string[]> Errors)> ReadViewAsync(
        HttpRequest request, IOptions<JsonOptions> jsonOptions, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var (_, body) = await InboxRequestBody.TryReadAsync<SavedViewRequest>(request, jsonOptions, errors, cancellationToken).ConfigureAwait(false);
        return (errors.Count > 0 ? null : SavedViewValidator.Validate(body, errors), errors);
    }
}
