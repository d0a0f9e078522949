using NodaTime;
using SupportOps.CommandCenter.Agents;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Seeding;
using SupportOps.CommandCenter.Workload;

namespace SupportOps.CommandCenter.Tests.Workload;

public sealed class RebalancerTests
{
    private static readonly Instant Now = CommandCenterFactory.Now;

    [Fact]
    public void Suggest_BalancedTeam_SuggestsNothing()
    {
        var tickets = Enumerable.Range(1, 4).Select(i => Ticket($"T-{i}", $"agent-{i}")).ToList();

        var sut = Rebalancer.Suggest(OnShift(), tickets, Now);

        Assert.Empty(sut);
    }

    [Fact]
    public void Suggest_QueueNamedLikeASkill_OnlyMovesToAgentsWithThatSkill()
    {
        // agent-3 (billing, capacity 6) is full; the only other on-shift billing agent is nobody (agent-6 away, agent-7 off),
        // so its billing tickets stay, and its general ticket moves.
        var tickets = Enumerable.Range(1, 6).Select(i => Ticket($"B-{i}", "agent-3", queue: "billing", dueMinutes: i)).ToList();
        tickets.Add(Ticket("G-1", "agent-3", queue: "triage", dueMinutes: 60));

        var sut = Rebalancer.Suggest(OnShift(off: ["agent-2", "agent-7"]), tickets, Now);

        var move = Assert.Single(sut);
        Assert.Equal(("G-1", "agent-3"), (move.TicketId, move.From));
    }

    [Fact]
    public void Suggest_PendingTicketsOfAnOverloadedAgent_StayPut()
    {
        var tickets = Enumerable.Range(1, 9).Select(i => Ticket($"P-{i}", "agent-1", status: "pending_customer")).ToList();

        var sut = Rebalancer.Suggest(OnShift(), tickets, Now);

        Assert.Empty(sut);
    }

    [Fact]
    public void Suggest_ChannelLimit_IsRespected()
    {
        // Every other agent is off; agent-5 (chat limit 3) already holds 3 chats, so agent-1's chat cannot go there.
        var off = AgentRoster.Agents.Select(a => a.AgentId).Where(id => id is not ("agent-1" or "agent-5")).ToArray();
        var tickets = Enumerable.Range(1, 9).Select(i => Ticket($"C-{i}", "agent-1", channel: "chat")).ToList();
        tickets.AddRange(Enumerable.Range(1, 3).Select(i => Ticket($"D-{i}", "agent-5", channel: "chat")));

        var sut = Rebalancer.Suggest(OnShift(off), tickets, Now);

        Assert.Empty(sut);
    }

    private static List<(AgentRecord Agent, bool OnShift)> OnShift(params string[] off) =>
        [.. AgentRoster.Agents.Select(a => (a, !off.Contains(a.AgentId)))];

    private static TicketSnapshotRecord Ticket(string id, string assignee, string status = "open", string channel = "email", string queue = "triage", int dueMinutes = 30) => new()
    {
        TicketId = id,
        Assignee = assignee,
        Status = status,
        Priority = "p2",
        Channel = channel,
        Tier = "standard",
        Queue = queue,
        DueSortKey = (Now + Duration.FromMinutes(dueMinutes)).ToUnixTimeTicks(),
        SlaTimerKind = "first_response",
        RiskBand = "ok",
        RiskReasons = string.Empty,
        CreatedAtTicks = (Now - Duration.FromHours(1)).ToUnixTimeTicks(),
    };
}
