using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using SupportOps.CommandCenter.Reports;
using SupportOps.CommandCenter.Rollups;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.Apis;

/// <summary>The dashboards API: operations and executive dashboard data read from the daily rollups, and the drilldown behind every point.</summary>
public static class DashboardsApi
{
    /// <summary>The largest drilldown page.</summary>
    public const int MaxDrilldownLimit = 500;

    /// <summary>The default drilldown page.</summary>
    public const int DefaultDrilldownLimit = 100;

    /// <summary>The period dashboards show when none is given.</summary>
    public const string DefaultPeriod = "last_30_days";

    /// <summary>Maps <c>/api/v1/dashboards</c>.</summary>
    /// <param name="app">The endpoint builder; must not be null.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapDashboardsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/v1/dashboards").WithTags("Dashboards");

        api.MapGet("/operations", GetOperationsAsync)
            .WithName("GetOperationsDashboard")
            .WithSummary("Operations dashboard: daily trends, SLA attainment per timer, queue health, backlog aging")
            .WithDescription("Reads the daily rollups. Filters: queue, channel, priority, agent (an empty value means none). Every point carries drilldown URLs.")
            .RequireAuthorization(AuthorizationPolicies.OperationsRead);

        api.MapGet("/executive", GetExecutiveAsync)
            .WithName("GetExecutiveDashboard")
            .WithSummary("Executive dashboard: headline figures, narrative and daily trend")
            .RequireAuthorization(AuthorizationPolicies.ExecutiveRead);

        api.MapGet("/drilldown", DrilldownAsync)
            .WithName("GetDashboardDrilldown")
            .WithSummary("List the ticket ids behind a dashboard point")
            .WithDescription("metric: created, first_reply, solved, reopened, escalated, sla_met, sla_breached (optional timer), backlog (open at the end of the period), backlog_age (with bucket). Keyset paging by ticket id with after.")
            .RequireAuthorization(AuthorizationPolicies.ExecutiveRead);

        return api;
    }

    internal static async Task<Results<Ok<OperationsDashboard>, ValidationProblem>> GetOperationsAsync(
        DashboardService dashboards,
        ReportingCalendar calendar,
        IClock clock,
        string? period = null,
        string? queue = null,
        string? channel = null,
        string? priority = null,
        string? agent = null,
        CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var parsed = ReportRequestValidation.Period(period, calendar, clock, errors, DefaultPeriod);
        var filter = ReportRequestValidation.Filter(queue, channel, priority, agent, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await dashboards.OperationsAsync(parsed!, filter, cancellationToken).ConfigureAwait(false));
    }

    internal static async Task<Results<Ok<ExecutiveDashboard>, ValidationProblem>> GetExecutiveAsync(
        DashboardService dashboards,
        ReportingCalendar calendar,
        IClock clock,
        string? period = null,
        CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var parsed = ReportRequestValidation.Period(period, calendar, clock, errors, DefaultPeriod);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await dashboards.ExecutiveAsync(parsed!, cancellationToken).ConfigureAwait(false));
    }

    internal static async Task<Results<Ok<DrilldownPage>, ValidationProblem>> DrilldownAsync(
        DashboardService dashboards,
        ReportingCalendar calendar,
        IClock clock,
        string? metric = null,
        string? period = null,
        string? timer = null,
        string? bucket = null,
        string? queue = null,
        string? channel = null,
        string? priority = null,
        string? agent = null,
        int? limit = null,
        string? after = null,
        CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (metric is null || (!RollupMetrics.All.Contains(metric) && metric != DashboardService.BacklogAgeMetric))
        {
            errors["metric"] = [$"Unknown metric '{metric}'; use {string.Join(", ", RollupMetrics.All)} or {DashboardService.BacklogAgeMetric}."];
        }

        if (timer is not null && (!RollupTimers.All.Contains(timer) || metric is not (RollupMetrics.SlaMet or RollupMetrics.SlaBreached)))
        {
            errors["timer"] = [$"timer applies to sla_met and sla_breached and is one of {string.Join(", ", RollupTimers.All)}; got '{timer}'."];
        }

        if (metric == DashboardService.BacklogAgeMetric && !DashboardService.AgeBuckets.Any(b => b.Name == bucket))
        {
            errors["bucket"] = [$"backlog_age needs a bucket: {string.Join(", ", DashboardService.AgeBuckets.Select(b => b.Name))}; got '{bucket}'."];
        }
        else if (metric != DashboardService.BacklogAgeMetric && bucket is not null)
        {
            errors["bucket"] = ["bucket applies only to backlog_age."];
        }

        var size = limit ?? DefaultDrilldownLimit;
        if (size is < 1 or > MaxDrilldownLimit)
        {
            errors["limit"] = [$"The limit must be between 1 and {MaxDrilldownLimit}; got {size}."];
        }

        var parsed = ReportRequestValidation.Period(period, calendar, clock, errors, DefaultPeriod);
        var filter = ReportRequestValidation.Filter(queue, channel, priority, agent, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = new DrilldownQuery(metric!, parsed!, filter, timer, bucket, size, string.IsNullOrEmpty(after) ? null : after);
        return TypedResults.Ok(await dashboards.DrilldownAsync(query, cancellationToken).ConfigureAwait(false));
    }
}
