using NodaTime;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Policies;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.SlaEngine.Tests.Evaluation;

public sealed partial class SlaEvaluatorTests
{
    [Fact]
    public void Evaluate_ReadmeExample_FirstResponseFulfilledAndResolutionPaused()
    {
        // Same code as the second "How to use" example in src/SupportOps.SlaEngine/README.md.
        var calendar = BusinessCalendar.FromJson("""
            {"timeZone": "America/New_York",
             "week": {"monday": [["09:00","17:00"]], "tuesday": [["09:00","17:00"]], "wednesday": [["09:00","17:00"]],
                      "thursday": [["09:00","17:00"]], "friday": [["09:00","17:00"]]},
             "holidays": ["2026-01-19"]}
            """);
        var policies = new SlaPolicySetBuilder()
            .Add("enterprise", p => p.ForTiers(CustomerTier.Enterprise).UseCalendar("new-york").WarnAt(75)
                .FirstResponse(t => t.Target(Priority.P0, Duration.FromMinutes(30)).Target(Priority.P2, Duration.FromHours(2)))
                .Resolution(t => t.Target(Duration.FromHours(24)).InCalendarTime()))
            .Default("standard", p => p.UseCalendar("new-york").WarnAt(50, 75)
                .FirstResponse(t => t.Target(Duration.FromHours(4)))
                .NextResponse(t => t.Target(Duration.FromHours(4)))
                .Resolution(t => t.Target(Duration.FromHours(16))))
            .Build();
        var evaluator = new SlaEvaluator(policies, SlaCalendarSet.Create("new-york", calendar));

        TicketSlaState state = evaluator.Evaluate(
            [
                new TicketCreated(Instant.FromUtc(2026, 1, 16, 18, 0), Priority.P2, CustomerTier.Standard, Channel.Email),
                new AgentReplied(Instant.FromUtc(2026, 1, 16, 19, 0)),
                new StatusChanged(Instant.FromUtc(2026, 1, 16, 19, 0), TicketStatus.PendingCustomer),
            ],
            now: Instant.FromUtc(2026, 1, 20, 15, 0));

        SlaTimerCycle firstResponse = state.Timer(SlaTimerKind.FirstResponse)!.Current!;
        SlaTimerCycle resolution = state.Timer(SlaTimerKind.Resolution)!.Current!;
        Assert.Equal("standard", state.PolicyId);
        Assert.Equal((SlaCycleStatus.Fulfilled, Duration.FromHours(1)), (firstResponse.Status, firstResponse.Elapsed));
        Assert.Equal((SlaCycleStatus.Paused, Duration.FromHours(1)), (resolution.Status, resolution.Elapsed));
        Assert.Contains("paused: status pending_customer", resolution.Explain(), StringComparison.Ordinal);
    }
}
