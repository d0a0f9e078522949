using Microsoft.AspNetCore.Http.HttpResults;
using SupportOps.CommandCenter.Exports;
using SupportOps.CommandCenter.Security;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Apis;

/// <summary>The exports API: ticket transcripts in Markdown, JSON and CSV (the executive report's exports are in <see cref="ReportsApi"/>).</summary>
public static class ExportsApi
{
    /// <summary>Maps <c>/api/v1/tickets/{id}/transcript.{md|json|csv}</c>.</summary>
    /// <param name="app">The endpoint builder; must not be null.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/v1/tickets/{id}").WithTags("Exports");

        api.MapGet("/transcript.md", (string id, IEventStore store, CancellationToken ct) => TranscriptAsync(id, TranscriptFormat.Markdown, store, ct))
            .WithName("ExportTicketTranscriptMarkdown")
            .WithSummary("A ticket's transcript as Markdown")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(AuthorizationPolicies.TicketsRead);

        api.MapGet("/transcript.json", (string id, IEventStore store, CancellationToken ct) => TranscriptAsync(id, TranscriptFormat.Json, store, ct))
            .WithName("ExportTicketTranscriptJson")
            .WithSummary("A ticket's transcript as JSON (every event envelope)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(AuthorizationPolicies.TicketsRead);

        api.MapGet("/transcript.csv", (string id, IEventStore store, CancellationToken ct) => TranscriptAsync(id, TranscriptFormat.Csv, store, ct))
            .WithName("ExportTicketTranscriptCsv")
            .WithSummary("A ticket's transcript as CSV (one row per event)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(AuthorizationPolicies.TicketsRead);

        return api;
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> TranscriptAsync(string id, TranscriptFormat format, IEventStore store, CancellationToken cancellationToken)
    {
        var events = await store.ReadStreamAsync(id, 1, cancellationToken).ConfigureAwait(false);
        if (events.Count == 0)
        {
            return TypedResults.Problem(detail: $"There is no ticket '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Ticket not found");
        }

        var (content, contentType, extension) = await TranscriptExporter.RenderAsync(id, events, format, cancellationToken).ConfigureAwait(false);
        var safe = new string([.. id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
        return TypedResults.File(content, contentType, $"transcript-{safe}.{extension}");
    }
}
