using NodaTime;
using SupportOps.RoutingEngine.Agents;

namespace SupportOps.RoutingEngine.Tests.Agents;

public sealed class CapacitySnapshotTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 14, 0);

    [Fact]
    public void Constructor_AnyInputOrder_SortsAgentsByIdAndFingerprintsTheSame()
    {
        Agent[] agents = [new("b", ["x"], AgentStatus.Online, 3, 1), new("a", ["y", "X"], AgentStatus.Away, 2, 0), new("C", null, AgentStatus.Offline, 1, 0)];

        var sut = new CapacitySnapshot(agents);
        var reversed = new CapacitySnapshot(agents.Reverse());

        Assert.Equal(["C", "a", "b"], sut.Agents.Select(a => a.Id));
        Assert.Equal(sut.Fingerprint, reversed.Fingerprint);
        Assert.Equal(["x", "y"], sut.Find("a")!.Skills.ToArray());
        Assert.Null(sut.Find("nobody"));
    }

    [Fact]
    public void Fingerprint_LoadChanges_Changes()
    {
        var sut = new CapacitySnapshot([new Agent("a", ["x"], AgentStatus.Online, 3, 1)]);

        Assert.NotEqual(sut.Fingerprint, sut.WithAgent(sut.Agents[0].WithLoad(2)).Fingerprint);
        Assert.NotEqual(sut.Fingerprint, sut.WithAgent(sut.Agents[0].WithStatus(AgentStatus.Away)).Fingerprint);
    }

    [Fact]
    public void Constructor_DuplicateIds_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new CapacitySnapshot([new Agent("a", null, AgentStatus.Online, 1, 0), new Agent("a ", null, AgentStatus.Online, 1, 0)]));

        Assert.Equal("agents", error.ParamName);
    }

    [Fact]
    public void Agent_BadValues_ThrowNamingTheArgument()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Agent(" ", null, AgentStatus.Online, 1, 0)).ParamName);
        Assert.Equal("capacity", Assert.Throws<ArgumentOutOfRangeException>(() => new Agent("a", null, AgentStatus.Online, -1, 0)).ParamName);
        Assert.Equal("load", Assert.Throws<ArgumentOutOfRangeException>(() => new Agent("a", null, AgentStatus.Online, 1, -1)).ParamName);
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => new Agent("a", null, (AgentStatus)7, 1, 0)).ParamName);
        Assert.Equal("isTeamLead", Assert.Throws<ArgumentException>(() => new Agent("a", null, AgentStatus.Online, 1, 0, isTeamLead: true)).ParamName);
        Assert.Equal("channelCapacity", Assert.Throws<ArgumentOutOfRangeException>(() => new Agent("a", null, AgentStatus.Online, 1, 0, channelCapacity: [new(Channel.Chat, -1)])).ParamName);
        Assert.Equal("skills", Assert.Throws<ArgumentException>(() => new Agent("a", [""], AgentStatus.Online, 1, 0)).ParamName);
    }

    [Fact]
    public void OnCallSchedule_Resolve_FindsTheSlotContainingTheInstant()
    {
        var sut = new OnCallSchedule(
        [
            new OnCallShift(Now, Now + Duration.FromHours(12), "night", "backup"),
            new OnCallShift(Now - Duration.FromHours(12), Now, "day"),
        ]);

        Assert.Equal("day", sut.Resolve(Now - Duration.FromTicks(1), "primary"));
        Assert.Null(sut.Resolve(Now - Duration.FromTicks(1), "secondary"));
        Assert.Equal("night", sut.Resolve(Now, "primary"));
        Assert.Equal("backup", sut.Resolve(Now, "secondary"));
        Assert.Null(sut.Resolve(Now + Duration.FromHours(12), "primary"));
    }

    [Fact]
    public void OnCallSchedule_BadSlots_Throw()
    {
        Assert.Equal("end", Assert.Throws<ArgumentException>(() => new OnCallShift(Now, Now, "a")).ParamName);
        Assert.Equal("shifts", Assert.Throws<ArgumentException>(() => new OnCallSchedule([new OnCallShift(Now, Now + Duration.FromHours(2), "a"), new OnCallShift(Now + Duration.FromHours(1), Now + Duration.FromHours(3), "b")])).ParamName);
    }
}
