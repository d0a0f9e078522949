using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Security;
using SupportOps.CommandCenter.SlaState;
using SupportOps.EventTimeline.Storage;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.CommandCenter.Apis;

/// <summary>The SLA API: a ticket's timers evaluated now, with the engine's explanations.</summary>
public static class SlaApi
{
    /// <summary>Maps <c>GET /api/v1/tickets/{id}/sla</c>.</summary>
    /// <param name="app">The endpoint builder; must not be null.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapSlaApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/v1/tickets").WithTags("SLA");
        api.MapGet("/{id}/sla", GetSlaAsync)
            .WithName("GetTicketSla")
            .WithSummary("Get a ticket's SLA timers evaluated now")
            .WithDescription("Each timer's current cycle: due, elapsed %, paused, breached, warning, and the SLA engine's explanation of how it got there.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(AuthorizationPolicies.TicketsRead);
        return api;
    }

    internal static async Task<Results<Ok<TicketSlaView>, ProblemHttpResult>> GetSlaAsync(
        string id,
        IEventStore store,
        TicketStateCalculator calculator,
        IClock clock,
        CancellationToken cancellationToken)
    {
        var events = await store.ReadStreamAsync(id, 1, cancellationToken).ConfigureAwait(false);
        if (events.Count == 0)
        {
            return TypedResults.Problem(detail: $"There is no ticket '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Ticket not found");
        }

        var now = clock.GetCurrentInstant();
        var sla = calculator.EvaluateSla(events, now);
        var evaluatedAt = sla?.Now ?? now;
        var timers = sla is null
            ? []
            : sla.Timers.Where(t => t.Current is not null).Select(t => ToDetail(t.Current!, t.Cycles.Length)).ToList();
        return TypedResults.Ok(new TicketSlaView(
            id,
            Format(evaluatedAt),
            sla?.PolicyId,
            sla?.EverBreached ?? false,
            sla?.SoonestDue is { } soonest ? Vocabulary.Wire(soonest.Kind) : null,
            timers));
    }

    private static SlaTimerDetail ToDetail(SlaTimerCycle cycle, int cycles) => new(
        Vocabulary.Wire(cycle.Kind),
        cycle.Number,
        cycles,
        Vocabulary.Wire(cycle.Status),
        cycle.StateText(),
        Format(cycle.Start),
        Format(cycle.Due),
        cycle.Target.TotalSeconds,
        cycle.Elapsed.TotalSeconds,
        cycle.Remaining.TotalSeconds,
        cycle.ElapsedPercent,
        cycle.PausedAt is not null,
        cycle.PausedAt is { } paused ? Format(paused) : null,
        cycle.IsBreached,
        cycle.IsWarning,
        [.. cycle.Warnings.Select(w => w.Threshold.ToString())],
        cycle.PolicyId,
        cycle.Explain());

    private static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
