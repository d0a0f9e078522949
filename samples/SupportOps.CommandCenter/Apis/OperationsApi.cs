using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using SupportOps.Adapters.Ports;
using SupportOps.Adapters.Registry;
using SupportOps.CommandCenter.Background;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Ingest;
using SupportOps.CommandCenter.Outbox;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.Apis;

/// <summary>The operations API: ingest runs, dead letters, the outbox, integration health, reconciliation runs and leases.</summary>
public static class OperationsApi
{
    /// <summary>The largest page size.</summary>
    public const int MaxLimit = 200;

    /// <summary>The default page size.</summary>
    public const int DefaultLimit = 50;

    private const int PreviewChars = 2000;

    /// <summary>Maps <c>/api/v1/operations</c>.</summary>
    /// <param name="app">The endpoint builder; must not be null.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapOperationsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/v1/operations").WithTags("Operations");
        api.MapGet("/ingest-runs", ListIngestRunsAsync).WithName("ListIngestRuns").WithSummary("List ingest runs, newest first")
            .ProducesValidationProblem().RequireAuthorization(AuthorizationPolicies.OperationsRead);
        api.MapGet("/dead-letters", ListDeadLettersAsync).WithName("ListDeadLetters").WithSummary("List dead letters (payloads that failed to normalize), newest first")
            .ProducesValidationProblem().RequireAuthorization(AuthorizationPolicies.OperationsRead);
        api.MapGet("/outbox", GetOutboxAsync).WithName("GetOutbox").WithSummary("Outbox counts per state and messages (pending, dispatching, sent, dead), newest first")
            .ProducesValidationProblem().RequireAuthorization(AuthorizationPolicies.OperationsRead);
        api.MapGet("/integrations", GetIntegrationsAsync).WithName("GetIntegrationHealth").WithSummary("Health per source and notification channel")
            .RequireAuthorization(AuthorizationPolicies.OperationsRead);
        api.MapGet("/reconciliation-runs", ListReconciliationRunsAsync).WithName("ListReconciliationRuns").WithSummary("List reconciliation runs and the drift they found, newest first")
            .ProducesValidationProblem().RequireAuthorization(AuthorizationPolicies.OperationsRead);
        api.MapGet("/leases", ListLeasesAsync).WithName("ListLeases").WithSummary("List the background jobs' database leases")
            .RequireAuthorization(AuthorizationPolicies.OperationsRead);
        return api;
    }

    internal static async Task<Results<Ok<OperationsPage<IngestRunView>>, ValidationProblem>> ListIngestRunsAsync(
        CommandCenterDbContext db, string? source = null, int? limit = null, long? before = null, CancellationToken cancellationToken = default)
    {
        if (Validate(limit, source) is { } problem)
        {
            return problem;
        }

        var take = limit ?? DefaultLimit;
        var query = db.IngestRuns.AsNoTracking();
        query = source is null ? query : query.Where(r => r.Source == source);
        query = before is null ? query : query.Where(r => r.Id < before);
        var rows = await query.OrderByDescending(r => r.Id).Take(take + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(Page(rows, take, r => r.Id, ToView));
    }

    internal static async Task<Results<Ok<OperationsPage<DeadLetterView>>, ValidationProblem>> ListDeadLettersAsync(
        CommandCenterDbContext db, string? source = null, int? limit = null, long? before = null, CancellationToken cancellationToken = default)
    {
        if (Validate(limit, source) is { } problem)
        {
            return problem;
        }

        var take = limit ?? DefaultLimit;
        var query = db.DeadLetters.AsNoTracking();
        query = source is null ? query : query.Where(d => d.Source == source);
        query = before is null ? query : query.Where(d => d.Id < before);
        var rows = await query.OrderByDescending(d => d.Id).Take(take + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(Page(rows, take, d => d.Id, d => new DeadLetterView(
            d.Id, d.Source, d.Trigger, d.PayloadId, d.Reason, d.Fingerprint, d.Payload.Length, Preview(d.Payload), Format(d.DeadLetteredAtTicks))));
    }

    internal static async Task<Results<Ok<OutboxOverview>, ValidationProblem>> GetOutboxAsync(
        CommandCenterDbContext db, string? status = null, int? limit = null, long? before = null, CancellationToken cancellationToken = default)
    {
        if (Validate(limit, null) is { } problem)
        {
            return problem;
        }

        if (status is not null && !OutboxStatus.All.Contains(status))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"'{status}' is not an outbox state; use {string.Join(", ", OutboxStatus.All)}."] });
        }

        var counts = await db.OutboxMessages.AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        foreach (var known in OutboxStatus.All)
        {
            counts.TryAdd(known, 0);
        }

        var take = limit ?? DefaultLimit;
        var query = db.OutboxMessages.AsNoTracking();
        query = status is null ? query : query.Where(m => m.Status == status);
        query = before is null ? query : query.Where(m => m.Id < before);
        var rows = await query.OrderByDescending(m => m.Id).Take(take + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new OutboxOverview(counts, Page(rows, take, m => m.Id, m => new OutboxMessageView(
            m.Id, m.MessageKey, m.Kind, m.Channel, m.Recipient, m.Subject, m.TicketId, m.Status, m.Attempts,
            Format(m.CreatedAtTicks), Format(m.NotBeforeTicks), m.SentAtTicks is { } sent ? Format(sent) : null, m.LastError))));
    }

    internal static async Task<Ok<IReadOnlyList<IntegrationHealthView>>> GetIntegrationsAsync(
        CommandCenterDbContext db, AdapterRegistry registry, IEnumerable<INotificationSink> sinks, IClock clock, CancellationToken cancellationToken = default)
    {
        var since = (clock.GetCurrentInstant() - Duration.FromDays(1)).ToUnixTimeTicks();
        var views = new List<IntegrationHealthView>();
        foreach (var source in registry.Sources)
        {
            var wire = Vocabulary.Wire(source);
            var last = await db.IngestRuns.AsNoTracking().Where(r => r.Source == wire).OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var lastSuccess = await db.IngestRuns.AsNoTracking().Where(r => r.Source == wire && r.Errors == 0 && r.FinishedAtTicks != null)
                .OrderByDescending(r => r.Id).Select(r => r.FinishedAtTicks).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var deadLetters = await db.DeadLetters.AsNoTracking().CountAsync(d => d.Source == wire && d.DeadLetteredAtTicks >= since, cancellationToken).ConfigureAwait(false);
            var resolution = registry.Resolve(source);
            string status, detail;
            if (!resolution.IsAvailable)
            {
                (status, detail) = ("unavailable", resolution.Reason ?? "not available");
            }
            else
            {
                var health = await resolution.TicketSource!.CheckHealthAsync(cancellationToken).ConfigureAwait(false);
                detail = health.Description;
                status = health.Status != AdapterHealthStatus.Healthy ? "unhealthy"
                    : last is { Errors: > 0 } || deadLetters > 0 ? "degraded"
                    : "healthy";
            }

            views.Add(new IntegrationHealthView(wire, "source", status, detail, last is null ? null : ToView(last), lastSuccess is { } ok ? Format(ok) : null, deadLetters));
        }

        foreach (var sink in sinks.OrderBy(s => s.Channel))
        {
            var health = await sink.CheckHealthAsync(cancellationToken).ConfigureAwait(false);
            views.Add(new IntegrationHealthView(Vocabulary.Wire(sink.Channel), "notification", health.Status == AdapterHealthStatus.Healthy ? "healthy" : "unhealthy", health.Description, null, null, 0));
        }

        return TypedResults.Ok<IReadOnlyList<IntegrationHealthView>>(views);
    }

    internal static async Task<Results<Ok<OperationsPage<ReconciliationRunView>>, ValidationProblem>> ListReconciliationRunsAsync(
        CommandCenterDbContext db, int? limit = null, long? before = null, CancellationToken cancellationToken = default)
    {
        if (Validate(limit, null) is { } problem)
        {
            return problem;
        }

        var take = limit ?? DefaultLimit;
        var query = db.ReconciliationRuns.AsNoTracking();
        query = before is null ? query : query.Where(r => r.Id < before);
        var rows = await query.OrderByDescending(r => r.Id).Take(take + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(Page(rows, take, r => r.Id, r => new ReconciliationRunView(
            r.Id, r.Instance, Format(r.StartedAtTicks), r.FinishedAtTicks is { } f ? Format(f) : null, r.TicketsChecked, r.Drifted, r.Missing,
            r.DriftedTicketIds.Length == 0 ? [] : r.DriftedTicketIds.Split(','))));
    }

    internal static async Task<Ok<IReadOnlyList<LeaseView>>> ListLeasesAsync(CommandCenterDbContext db, IClock clock, CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant().ToUnixTimeTicks();
        var rows = await db.Leases.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<LeaseView>>([.. rows.OrderBy(l => l.Name, StringComparer.Ordinal)
            .Select(l => new LeaseView(l.Name, l.Owner, l.ExpiresAtTicks > now, Format(l.AcquiredAtTicks), Format(l.ExpiresAtTicks), l.Generation))]);
    }

    private static ValidationProblem? Validate(int? limit, string? source)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"limit must be 1..{MaxLimit} (was {limit})."];
        }

        if (source is not null && !WebhookSources.TryParse(source, out _))
        {
            errors["source"] = [$"'{source}' is not a source; use zendesk, slack or email."];
        }

        return errors.Count == 0 ? null : TypedResults.ValidationProblem(errors);
    }

    private static OperationsPage<TView> Page<TRow, TView>(List<TRow> rows, int take, Func<TRow, long> id, Func<TRow, TView> view)
    {
        var more = rows.Count > take;
        var items = rows.Take(take).Select(view).ToList();
        return new OperationsPage<TView>(items, more ? id(rows[take - 1]) : null);
    }

    private static IngestRunView ToView(IngestRunRecord r) => new(
        r.Id, r.Source, r.Trigger, r.Instance, Format(r.StartedAtTicks), r.FinishedAtTicks is { } f ? Format(f) : null, r.Pages, r.TicketsUpserted,
        r.EventsAppended, r.Duplicates, r.Superseded, r.DeadLettered, r.Ignored, r.Errors, r.LastError);

    private static string? Preview(byte[] payload)
    {
        if (!System.Text.Unicode.Utf8.IsValid(payload))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(payload);
        return text.Length <= PreviewChars ? text : text[..PreviewChars];
    }

    private static string Format(long ticks) => InstantPattern.ExtendedIso.Format(Instant.FromUnixTimeTicks(ticks));
}
