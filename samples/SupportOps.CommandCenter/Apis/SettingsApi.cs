using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Security;
using SupportOps.CommandCenter.Settings;
using SupportOps.RoutingEngine.Linting;

namespace SupportOps.CommandCenter.Apis;

/// <summary>The settings API: calendars, SLA policies and the routing policy as validated, versioned JSON.</summary>
public static class SettingsApi
{
    /// <summary>The largest accepted settings document, in bytes.</summary>
    public const int MaxDocumentBytes = 256 * 1024;

    /// <summary>The default replay window of a routing policy dry run, in days.</summary>
    public const int DefaultDryRunDays = 7;

    /// <summary>Maps <c>/api/v1/settings</c>.</summary>
    /// <param name="app">The endpoint builder; must not be null.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapSettingsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/v1/settings").WithTags("Settings");

        api.MapGet("/{kind}", GetAsync)
            .WithName("GetSettings")
            .WithSummary("Get the active calendars, sla-policies or routing-policy document")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(AuthorizationPolicies.SettingsManage);

        api.MapPut("/{kind}", PutAsync)
            .WithName("PutSettings")
            .WithSummary("Validate and save a settings document as the next version")
            .WithDescription("Invalid documents (and routing policies with linter errors) get 400 with the errors and findings and change nothing; a saved document is audited and used by the running host at once.")
            .Accepts<JsonElement>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(AuthorizationPolicies.SettingsManage);

        api.MapPost("/routing-policy/dry-run", DryRunRoutingPolicyAsync)
            .WithName("DryRunRoutingPolicy")
            .WithSummary("Replay recent tickets against a candidate routing policy")
            .WithDescription("Validates and lints the candidate, then routes the tickets created in the last `days` days (default 7) under the active and the candidate policy; reports both distributions and the changed decisions. Stores nothing.")
            .Accepts<JsonElement>("application/json")
            .ProducesValidationProblem()
            .RequireAuthorization(AuthorizationPolicies.SettingsManage);

        return api;
    }

    /// <summary>Parses a URL kind (<c>calendars</c>, <c>sla-policies</c>, <c>routing-policy</c>).</summary>
    internal static bool TryParseKind(string kind, out SettingsKind value) =>
        Vocabulary.TryParse(kind.Replace('-', '_'), out value);

    internal static async Task<Results<Ok<SettingsView>, ProblemHttpResult>> GetAsync(string kind, SettingsStore store, CancellationToken cancellationToken)
    {
        if (!TryParseKind(kind, out var settingsKind))
        {
            return UnknownKind(kind);
        }

        var active = await store.RefreshAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(ToView(active.Document(settingsKind)));
    }

    internal static async Task<Results<Ok<SettingsSaveResponse>, ValidationProblem, ProblemHttpResult>> PutAsync(
        string kind,
        HttpRequest request,
        ClaimsPrincipal user,
        SettingsStore store,
        SnapshotRefresher refresher,
        CancellationToken cancellationToken)
    {
        if (!TryParseKind(kind, out var settingsKind))
        {
            return UnknownKind(kind);
        }

        var (json, tooLarge) = await ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);
        if (tooLarge)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["document"] = [$"The document must be at most {MaxDocumentBytes} bytes."] });
        }

        var (candidate, saved, conflict, changed) = await store.SaveAsync(settingsKind, json, RoutingApi.ActorName(user), cancellationToken).ConfigureAwait(false);
        if (conflict)
        {
            return TypedResults.Problem(detail: $"Another {kind} version was saved at the same time; reload and retry.", statusCode: StatusCodes.Status409Conflict, title: "Settings conflict");
        }

        if (saved is null)
        {
            return Invalid(candidate);
        }

        // New calendars or SLA policies change every open ticket's due instants: recompute the inbox's snapshots now.
        var refreshed = changed && settingsKind != SettingsKind.RoutingPolicy && saved.SavedAt is { } savedAt
            ? await refresher.RefreshOpenTicketsAsync(savedAt, cancellationToken: cancellationToken).ConfigureAwait(false)
            : 0;
        return TypedResults.Ok(new SettingsSaveResponse(ToView(saved), [.. candidate.Findings.Select(ToView)], refreshed));
    }

    internal static async Task<Results<Ok<RoutingPolicyDryRunResponse>, ValidationProblem>> DryRunRoutingPolicyAsync(
        HttpRequest request,
        SettingsStore store,
        RoutingPolicyReplay replay,
        IClock clock,
        int? days = null,
        CancellationToken cancellationToken = default)
    {
        var window = days ?? DefaultDryRunDays;
        if (window is < 1 or > 90)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["days"] = [$"days must be between 1 and 90; got {window}."] });
        }

        var (json, tooLarge) = await ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);
        if (tooLarge)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["document"] = [$"The document must be at most {MaxDocumentBytes} bytes."] });
        }

        var candidate = await store.ValidateAsync(SettingsKind.RoutingPolicy, json, cancellationToken).ConfigureAwait(false);
        if (!candidate.IsValid)
        {
            return Invalid(candidate);
        }

        var active = await store.RefreshAsync(cancellationToken).ConfigureAwait(false);
        var result = await replay.CompareAsync(active.RoutingPolicy, candidate.RoutingPolicy!, [.. candidate.Findings.Select(ToView)], clock.GetCurrentInstant(), window, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(result);
    }

    private static async Task<(string Json, bool TooLarge)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxDocumentBytes + 1];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return read > MaxDocumentBytes ? (string.Empty, true) : (Encoding.UTF8.GetString(buffer, 0, read), false);
    }

    private static ValidationProblem Invalid(SettingsCandidate candidate) => TypedResults.ValidationProblem(
        candidate.Errors,
        detail: "The document is invalid; nothing was saved.",
        title: "Invalid settings",
        extensions: new Dictionary<string, object?> { ["findings"] = candidate.Findings.Select(ToView).ToList() });

    private static ProblemHttpResult UnknownKind(string kind) => TypedResults.Problem(
        detail: $"There are no settings '{kind}'; use calendars, sla-policies or routing-policy.",
        statusCode: StatusCodes.Status404NotFound,
        title: "Settings not found");

    private static SettingsView ToView(SettingsDocument document)
    {
        using var parsed = JsonDocument.Parse(document.Json);
        return new SettingsView(
            Vocabulary.Wire(document.Kind).Replace('_', '-'),
            document.Version,
            document.SavedAt is { } at ? InstantPattern.ExtendedIso.Format(at) : null,
            document.SavedBy,
            parsed.RootElement.Clone());
    }

    private static LintFindingView ToView(LintFinding finding) =>
        new(finding.Code, Vocabulary.Wire(finding.Severity), finding.Message, finding.RuleIds.IsDefault ? [] : [.. finding.RuleIds]);
}
