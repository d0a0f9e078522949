using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using SupportOps.CommandCenter.Reports;
using SupportOps.CommandCenter.Rollups;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.Apis;

/// <summary>The reports API: the executive health report as JSON, Markdown, CSV and PDF.</summary>
public static class ReportsApi
{
    /// <summary>Maps <c>/api/v1/reports</c>.</summary>
    /// <param name="app">The endpoint builder; must not be null.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/v1/reports").WithTags("Reports");
        const string periods = "period: last_7_days (default), last_30_days, last_90_days, an ISO week (2026-W10), a month (2026-03), a day (2026-03-09) or a range (2026-03-01..2026-03-09); compared with the previous period of the same length.";

        api.MapGet("/executive", GetExecutiveAsync)
            .WithName("GetExecutiveReport")
            .WithSummary("The executive health report: figures, trends and narrative")
            .WithDescription(periods)
            .RequireAuthorization(AuthorizationPolicies.ExecutiveRead);

        api.MapGet("/executive.md", (string? period, ExecutiveReportBuilder builder, ReportingCalendar calendar, IClock clock, CancellationToken ct)
                => ExportAsync(period, builder, calendar, clock, r => (Encoding.UTF8.GetBytes(ExecutiveReportMarkdownRenderer.Render(r)), "text/markdown; charset=utf-8", "md"), ct))
            .WithName("ExportExecutiveReportMarkdown")
            .WithSummary("The executive report as Markdown")
            .WithDescription(periods)
            .RequireAuthorization(AuthorizationPolicies.ExecutiveRead);

        api.MapGet("/executive.csv", (string? period, ExecutiveReportBuilder builder, ReportingCalendar calendar, IClock clock, CancellationToken ct)
                => ExportAsync(period, builder, calendar, clock, r => (Encoding.UTF8.GetBytes(ExecutiveReportCsvRenderer.Render(r)), "text/csv; charset=utf-8", "csv"), ct))
            .WithName("ExportExecutiveReportCsv")
            .WithSummary("The executive report's figures as CSV")
            .WithDescription(periods)
            .RequireAuthorization(AuthorizationPolicies.ExecutiveRead);

        api.MapGet("/executive.pdf", (string? period, ExecutiveReportBuilder builder, ReportingCalendar calendar, IClock clock, CancellationToken ct)
                => ExportAsync(period, builder, calendar, clock, r => (ExecutiveReportPdfRenderer.Render(r, clock.GetCurrentInstant()), "application/pdf", "pdf"), ct))
            .WithName("ExportExecutiveReportPdf")
            .WithSummary("The executive report as PDF")
            .WithDescription(periods)
            .RequireAuthorization(AuthorizationPolicies.ExecutiveRead);

        api.MapPost("/rollups/reconcile", async (RollupRecomputation recomputation, CancellationToken ct)
                => TypedResults.Ok(await recomputation.ReconcileAsync(ct).ConfigureAwait(false)))
            .WithName("ReconcileDailyRollups")
            .WithSummary("Recompute the daily rollups from the events and rewrite them if any row drifted")
            .WithDescription("Reports how many rollup rows differed from a from-scratch recomputation. Reads every event: an admin repair tool, not for dashboards.")
            .RequireAuthorization(AuthorizationPolicies.SettingsManage);

        return api;
    }

    internal static async Task<Results<Ok<ExecutiveReport>, ValidationProblem>> GetExecutiveAsync(
        ExecutiveReportBuilder builder,
        ReportingCalendar calendar,
        IClock clock,
        string? period = null,
        CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var parsed = ReportRequestValidation.Period(period, calendar, clock, errors);
        if (parsed is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await builder.BuildAsync(parsed, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        string? period,
        ExecutiveReportBuilder builder,
        ReportingCalendar calendar,
        IClock clock,
        Func<ExecutiveReport, (byte[] Content, string ContentType, string Extension)> render,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var parsed = ReportRequestValidation.Period(period, calendar, clock, errors);
        if (parsed is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var report = await builder.BuildAsync(parsed, cancellationToken).ConfigureAwait(false);
        var (content, contentType, extension) = render(report);
        return TypedResults.File(content, contentType, $"executive-report-{report.From}-to-{report.To}.{extension}");
    }
}
