using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using SupportOps.CommandCenter.Audit;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.Apis;

/// <summary>The audit log API: keyset-paged reads and a CSV export.</summary>
public static class AuditApi
{
    /// <summary>The largest page size.</summary>
    public const int MaxLimit = 200;

    /// <summary>The default page size.</summary>
    public const int DefaultLimit = 50;

    private const int ExportBatch = 1000;

    /// <summary>Maps <c>/api/v1/audit</c>.</summary>
    /// <param name="app">The endpoint builder; must not be null.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/v1/audit").WithTags("Audit");

        api.MapGet("/", ListAsync)
            .WithName("ListAuditEntries")
            .WithSummary("List the audit log, newest first")
            .WithDescription("Filter by action, actor or target and a time range (from inclusive, to exclusive, ISO-8601 instants); keyset paging with next_cursor.")
            .ProducesValidationProblem()
            .RequireAuthorization(AuthorizationPolicies.AuditRead);

        api.MapGet("/export.csv", ExportAsync)
            .WithName("ExportAuditEntries")
            .WithSummary("Export the audit log as CSV, oldest first")
            .WithDescription("The same filters as the list; RFC 4180 with a header row; fields a spreadsheet would run as formulas are escaped.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .RequireAuthorization(AuthorizationPolicies.AuditRead);

        return api;
    }

    internal static async Task<Results<Ok<AuditPage>, ValidationProblem>> ListAsync(
        CommandCenterDbContext db,
        string? action = null,
        string? actor = null,
        string? target = null,
        int? limit = null,
        string? cursor = null,
        string? from = null,
        string? to = null,
        CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var range = ParseRange(from, to, errors);
        var size = limit ?? DefaultLimit;
        if (size is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"The limit must be between 1 and {MaxLimit}; got {size}."];
        }

        long? before = null;
        if (cursor is not null)
        {
            if (long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                before = id;
            }
            else
            {
                errors["cursor"] = ["The cursor is not valid; pass back next_cursor unchanged."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = Filter(db, action, actor, target, range);
        if (before is { } b)
        {
            query = query.Where(e => e.Id < b);
        }

        var rows = await query.OrderByDescending(e => e.Id).Take(size + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        string? next = null;
        if (rows.Count > size)
        {
            rows.RemoveAt(size);
            next = rows[^1].Id.ToString(CultureInfo.InvariantCulture);
        }

        return TypedResults.Ok(new AuditPage([.. rows.Select(ToView)], next));
    }

    internal static Results<PushStreamHttpResult, ValidationProblem> ExportAsync(
        CommandCenterDbContext db,
        HttpContext http,
        string? action = null,
        string? actor = null,
        string? target = null,
        string? from = null,
        string? to = null)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var range = ParseRange(from, to, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Stream(
            async stream =>
            {
                var options = new CsvWriterOptions { Injection = CsvInjection.Escape };
                await using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
                csv.WriteHeader(["id", "at", "actor", "action", "target", "before", "after"]);
                var after = 0L;
                while (true)
                {
                    var batch = await Filter(db, action, actor, target, range)
                        .Where(e => e.Id > after)
                        .OrderBy(e => e.Id)
                        .Take(ExportBatch)
                        .ToListAsync(http.RequestAborted).ConfigureAwait(false);
                    foreach (var row in batch)
                    {
                        var view = ToView(row);
                        await csv.WriteRecordAsync([view.Id.ToString(CultureInfo.InvariantCulture), view.At, view.Actor, view.Action, view.Target, view.Before ?? string.Empty, view.After ?? string.Empty], http.RequestAborted).ConfigureAwait(false);
                    }

                    if (batch.Count < ExportBatch)
                    {
                        break;
                    }

                    after = batch[^1].Id;
                }

                await csv.FlushAsync(http.RequestAborted).ConfigureAwait(false);
            },
            "text/csv; charset=utf-8",
            "audit.csv");
    }

    /// <summary>Parses the optional time range: ISO-8601 instants, <paramref name="from"/> inclusive, <paramref name="to"/> exclusive.</summary>
    private static (long? From, long? To) ParseRange(string? from, string? to, Dictionary<string, string[]> errors)
    {
        long? Parse(string? text, string name)
        {
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            var result = InstantPattern.ExtendedIso.Parse(text);
            if (result.Success)
            {
                return result.Value.ToUnixTimeTicks();
            }

            errors[name] = [$"'{text}' is not an ISO-8601 instant such as 2026-03-10T15:00:00Z."];
            return null;
        }

        var start = Parse(from, "from");
        var end = Parse(to, "to");
        if (start is { } s && end is { } e && e <= s)
        {
            errors["to"] = ["The end of the range (to, exclusive) must be after its start (from)."];
        }

        return (start, end);
    }

    private static IQueryable<AuditEntryRecord> Filter(CommandCenterDbContext db, string? action, string? actor, string? target, (long? From, long? To) range)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (range.From is { } from)
        {
            query = query.Where(e => e.AtTicks >= from);
        }

        if (range.To is { } to)
        {
            query = query.Where(e => e.AtTicks < to);
        }

        if (action is not null)
        {
            query = query.Where(e => e.Action == action);
        }

        if (actor is not null)
        {
            query = query.Where(e => e.Actor == actor);
        }

        if (target is not null)
        {
            query = query.Where(e => e.Target == target);
        }

        return query;
    }

    private static AuditEntryView ToView(AuditEntryRecord row) =>
        new(row.Id, InstantPattern.ExtendedIso.Format(Instant.FromUnixTimeTicks(row.AtTicks)), row.Actor, row.Action, row.Target, row.Before, row.After);
}
