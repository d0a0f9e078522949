using NodaTime;
using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Policies;

namespace SupportOps.RoutingEngine.Tests;

/// <summary>The package README's example, kept compiling and true.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_RoutesTheBillingTicketToABillingAgent()
    {
        var now = Instant.FromUtc(2026, 11, 27, 14, 0);
        var agents = new CapacitySnapshot(
        [
            new Agent("ana", ["billing", "general"], AgentStatus.Online, capacity: 8, load: 3),
            new Agent("bo", ["billing"], AgentStatus.Online, capacity: 6, load: 2,
                timeZone: DateTimeZoneProviders.Tzdb["Europe/Berlin"],
                shift: WeeklyShift.Weekdays(new LocalTime(9, 0), new LocalTime(18, 0))),
        ]);
        var ticket = new RoutingTicket("T-1001", Priority.P2, riskScore: 35, CustomerTier.Standard,
            Channel.Email, ["billing"], createdAt: now);

        var router = new Router(RoutingPolicy.DefaultV1);
        var result = router.Route(ticket, agents, overrides: null, now);

        Assert.Equal("R3", result.Decision.RuleId);
        Assert.Equal("billing", result.Decision.Queue);
        Assert.Equal("bo", result.Decision.AssigneeId); // 2/6 < 3/8
    }
}
