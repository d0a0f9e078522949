using NodaTime;
using SupportOps.RoutingEngine.Decisions;

namespace SupportOps.RoutingEngine.Tests.Decisions;

public sealed class RoutingTicketTests
{
    private static readonly Instant Created = Instant.FromUtc(2026, 11, 25, 14, 0);

    [Fact]
    public void Constructor_Tags_AreNormalizedDistinctAndSorted()
    {
        var sut = new RoutingTicket("T", Priority.P1, 10, CustomerTier.Free, Channel.Chat, [" Bug", "billing", "BUG"], Created);

        Assert.Equal(["billing", "bug"], sut.Tags.ToArray());
    }

    public static TheoryData<string, Func<RoutingTicket>, string> BadInputs() => new()
    {
        { "empty id", () => new RoutingTicket(" ", Priority.P1, 10, CustomerTier.Free, Channel.Chat, null, Created), "id" },
        { "risk below 0", () => new RoutingTicket("T", Priority.P1, -1, CustomerTier.Free, Channel.Chat, null, Created), "riskScore" },
        { "risk above 100", () => new RoutingTicket("T", Priority.P1, 101, CustomerTier.Free, Channel.Chat, null, Created), "riskScore" },
        { "undefined priority", () => new RoutingTicket("T", (Priority)4, 1, CustomerTier.Free, Channel.Chat, null, Created), "priority" },
        { "undefined tier", () => new RoutingTicket("T", Priority.P1, 1, (CustomerTier)9, Channel.Chat, null, Created), "tier" },
        { "undefined channel", () => new RoutingTicket("T", Priority.P1, 1, CustomerTier.Free, (Channel)9, null, Created), "channel" },
        { "empty tag", () => new RoutingTicket("T", Priority.P1, 1, CustomerTier.Free, Channel.Chat, ["ok", " "], Created), "tags" },
        { "assigned without assignee", () => new RoutingTicket("T", Priority.P1, 1, CustomerTier.Free, Channel.Chat, null, Created, null, Created), "assignedAt" },
        { "empty assignee", () => new RoutingTicket("T", Priority.P1, 1, CustomerTier.Free, Channel.Chat, null, Created, ""), "currentAssignee" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Constructor_BadInput_ThrowsNamingTheArgument(string scenario, Func<RoutingTicket> create, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(create);

        Assert.True(parameter == error.ParamName, $"{scenario}: {error.ParamName}");
    }
}
