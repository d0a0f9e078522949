using Microsoft.AspNetCore.Http.HttpResults;
using SupportOps.CommandCenter.Security;
using SupportOps.CommandCenter.Workload;

namespace SupportOps.CommandCenter.Apis;

/// <summary>The workload API: per agent and team, with rebalancing suggestions.</summary>
public static class WorkloadApi
{
    /// <summary>The default period for occupancy and SLA attainment, in days.</summary>
    public const int DefaultDays = 7;

    /// <summary>Maps <c>GET /api/v1/workload</c>.</summary>
    /// <param name="app">The endpoint builder; must not be null.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapWorkloadApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/v1/workload").WithTags("Workload");
        api.MapGet("/", GetAsync)
            .WithName("GetWorkload")
            .WithSummary("Workload per agent and team, and rebalancing suggestions")
            .WithDescription("Capacity used per channel, occupancy, ticket age per assignee, SLA % met per agent and team over the last `days` days (default 7), and deterministic suggestions of which tickets to move from whom to whom.")
            .ProducesValidationProblem()
            .RequireAuthorization(AuthorizationPolicies.WorkloadRead);
        return api;
    }

    internal static async Task<Results<Ok<WorkloadReport>, ValidationProblem>> GetAsync(WorkloadCalculator calculator, int? days = null, CancellationToken cancellationToken = default)
    {
        var window = days ?? DefaultDays;
        if (window is < 1 or > 90)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = [$"days must be between 1 and 90; got {window}."] });
        }

        return TypedResults.Ok(await calculator.BuildAsync(window, cancellationToken).ConfigureAwait(false));
    }
}
