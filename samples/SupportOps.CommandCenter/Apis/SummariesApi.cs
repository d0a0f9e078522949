using Microsoft.AspNetCore.Http.HttpResults;
using SupportOps.CommandCenter.Security;
using SupportOps.CommandCenter.Summaries;

namespace SupportOps.CommandCenter.Apis;

/// <summary>The summaries API: a ticket's latest summary, its numbered versions, and regeneration.</summary>
public static class SummariesApi
{
    /// <summary>Maps <c>/api/v1/tickets/{id}/summary</c>.</summary>
    /// <param name="app">The endpoint builder; must not be null.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapSummariesApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/v1/tickets/{id}/summary").WithTags("Summaries");

        api.MapGet("/", GetLatestAsync)
            .WithName("GetTicketSummary")
            .WithSummary("Get a ticket's latest summary")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(AuthorizationPolicies.TicketsRead);

        api.MapGet("/history", GetHistoryAsync)
            .WithName("GetTicketSummaryHistory")
            .WithSummary("Get every summary version of a ticket, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(AuthorizationPolicies.TicketsRead);

        api.MapPost("/regenerate", RegenerateAsync)
            .WithName("RegenerateTicketSummary")
            .WithSummary("Regenerate a ticket's summary")
            .WithDescription("Returns 200 with the latest version when the summarizer's inputs are unchanged (unless force=true), else 201 with version n+1.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(AuthorizationPolicies.TicketsWrite);

        return api;
    }

    internal static async Task<Results<Ok<TicketSummaryView>, ProblemHttpResult>> GetLatestAsync(string id, TicketSummaryService summaries, CancellationToken cancellationToken)
    {
        if (!await summaries.TicketExistsAsync(id, cancellationToken).ConfigureAwait(false))
        {
            return TicketNotFound(id);
        }

        var latest = await summaries.GetLatestAsync(id, cancellationToken).ConfigureAwait(false);
        return latest is null
            ? TypedResults.Problem(
                detail: $"Ticket '{id}' has no summary yet; POST /api/v1/tickets/{id}/summary/regenerate creates version 1.",
                statusCode: StatusCodes.Status404NotFound,
                title: "No summary yet")
            : TypedResults.Ok(latest);
    }

    internal static async Task<Results<Ok<SummaryHistoryView>, ProblemHttpResult>> GetHistoryAsync(string id, TicketSummaryService summaries, CancellationToken cancellationToken)
    {
        if (!await summaries.TicketExistsAsync(id, cancellationToken).ConfigureAwait(false))
        {
            return TicketNotFound(id);
        }

        return TypedResults.Ok(new SummaryHistoryView(id, await summaries.GetHistoryAsync(id, cancellationToken).ConfigureAwait(false)));
    }

    internal static async Task<Results<Created<RegenerateSummaryResponse>, Ok<RegenerateSummaryResponse>, ProblemHttpResult>> RegenerateAsync(
        string id,
        TicketSummaryService summaries,
        bool? force = null,
        CancellationToken cancellationToken = default)
    {
        var outcome = await summaries.RegenerateAsync(id, force ?? false, cancellationToken).ConfigureAwait(false);
        if (outcome is null)
        {
            return TicketNotFound(id);
        }

        return outcome.Created
            ? TypedResults.Created($"/api/v1/tickets/{Uri.EscapeDataString(id)}/summary", outcome)
            : TypedResults.Ok(outcome);
    }

    private static ProblemHttpResult TicketNotFound(string id) => TypedResults.Problem(
        detail: $"There is no ticket '{id}'.",
        statusCode: StatusCodes.Status404NotFound,
        title: "Ticket not found");
}
