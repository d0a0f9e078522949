using NodaTime;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Policies;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.SlaEngine.Tests.Policies;

public sealed class SlaPolicySetJsonTests
{
    private const string Valid = """
        {
          "policies": [
            {
              "id": "enterprise",
              "conditions": {"tiers": ["enterprise"], "priorities": ["p0", "p1"], "channels": ["email", "chat"], "tags": ["vip"]},
              "calendar": "new-york",
              "warnings": {"percents": [50, 75], "remainingMinutes": [30]},
              "timers": {
                "first_response": {"targets": {"p0": 30, "p1": 60}},
                "resolution": {"targetMinutes": 2880, "mode": "calendar",
                               "rules": {"onReopen": "new_cycle", "pauseStatuses": ["pending_customer"]}}
              }
            }
          ],
          "default": {
            "id": "standard",
            "timers": {
              "first_response": {"targetMinutes": 480, "calendar": "london", "warnings": {"percents": [90]},
                                 "rules": {"start": "first_customer_message", "stopsOnAgentReply": true}}
            }
          }
        }
        """;

    [Fact]
    public void FromJson_ValidPolicySet_ReadsEveryField()
    {
        var sut = SlaPolicySet.FromJson(Valid);

        var enterprise = Assert.Single(sut.Policies);
        Assert.Equal("enterprise", enterprise.Id);
        Assert.Equal([CustomerTier.Enterprise], enterprise.Conditions.Tiers.ToArray());
        Assert.Equal([Priority.P0, Priority.P1], enterprise.Conditions.Priorities.ToArray());
        Assert.Equal([Channel.Email, Channel.Chat], enterprise.Conditions.Channels.ToArray());
        Assert.Equal(["vip"], enterprise.Conditions.Tags.ToArray());
        Assert.Equal("new-york", enterprise.CalendarName);
        var firstResponse = enterprise.Timer(SlaTimerKind.FirstResponse)!;
        Assert.Equal(Duration.FromMinutes(30), firstResponse.TargetFor(Priority.P0));
        Assert.Null(firstResponse.TargetFor(Priority.P2));
        Assert.Equal(3, firstResponse.Warnings.Length);
        var resolution = enterprise.Timer(SlaTimerKind.Resolution)!;
        Assert.Equal(SlaTimeMode.Calendar, resolution.Mode);
        Assert.Equal(Duration.FromDays(2), resolution.TargetFor(Priority.P3));
        Assert.Equal(SlaReopenBehavior.NewCycle, resolution.Rules.OnReopen);
        Assert.Equal([TicketStatus.PendingCustomer], resolution.Rules.PauseStatuses.ToArray());
        var standard = sut.Default.Timer(SlaTimerKind.FirstResponse)!;
        Assert.Equal("london", standard.CalendarName);
        Assert.Equal(SlaStartTrigger.FirstCustomerMessage, standard.Rules.Start);
        Assert.Equal([SlaWarningThreshold.PercentElapsed(90)], standard.Warnings.ToArray());
    }

    [Theory]
    [InlineData("""{"default": {"id": "d", "timers": {"first_response": {"targetMinutes": -5}}}}""", "default.timers.first_response.targetMinutes: must not be negative, but was -5 minutes.")]
    [InlineData("""{"default": {"id": "d", "timers": {"first_response": {"targets": {"p1": -1}}}}}""", "default.timers.first_response.targets.p1: must not be negative, but was -1 minutes.")]
    [InlineData("""{"default": {"id": "d", "timers": {"resolution": {"targetMinutes": 52596001}}}}""", "default.timers.resolution.targetMinutes: 52596001 minutes is too large (at most 100 years, 52596000 minutes).")]
    [InlineData("""{"policies": []}""", "default: missing")]
    [InlineData("""{"policies": [{"id": "a"}], "default": {"id": "a"}}""", "Two policies have the id 'a'")]
    [InlineData("""{"policies": [{"id": "a", "conditions": {"priorities": ["urgent"]}}], "default": {"id": "d"}}""", "policies[0].conditions.priorities[0]: unknown value 'urgent'; expected one of p0, p1, p2, p3.")]
    [InlineData("""{"default": {"id": "d", "timers": {"first_reply": {"targetMinutes": 5}}}}""", "default.timers.first_reply: unknown value 'first_reply'")]
    [InlineData("""{"default": {"id": "d", "timers": {"first_response": {"mode": "business"}}}}""", "default.timers.first_response: no target")]
    [InlineData("""{"default": {"id": "d", "timers": {"resolution": {"targetMinutes": 5, "rules": {"pauseStatuses": ["solved"]}}}}}""", "default.timers.resolution.rules.pauseStatuses: PauseStatuses may not contain 'Solved'")]
    [InlineData("""{"default": {"id": "d", "warnings": {"percents": [100]}}}""", "default.warnings.percents[0]: a warning percentage must be a whole number from 1 to 99, but was 100.")]
    [InlineData("""{"default": {"id": "d", "conditions": {"tiers": ["free"]}}}""", "default.conditions: unknown field 'conditions'; the default policy takes no conditions.")]
    [InlineData("""{"default": {"id": " "}}""", "default.id: must not be blank")]
    [InlineData("""{"default": {"id": "d", "timers": {"first_response": {"targetMinutes": "60"}}}}""", "default.timers.first_response.targetMinutes: expected a whole number of minutes, but was \"60\".")]
    [InlineData("""{"default": {"id": "d", "calender": "x"}}""", "default.calender: unknown field 'calender'")]
    [InlineData("""{"default": """, "The policy set is not valid JSON")]
    [InlineData("""[]""", "$: expected an object, but was array.")]
    public void FromJson_InvalidPolicySet_ThrowsNamingFieldAndValue(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => SlaPolicySet.FromJson(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
