using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.CommandCenter.Agents;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Seeding;

namespace SupportOps.CommandCenter.Tests.Agents;

public sealed class AgentRosterTests(CommandCenterFactory factory) : IClassFixture<CommandCenterFactory>
{
    [Fact]
    public void Agents_MatchTheSeedGeneratorsAgents_InTwoTeamsEachWithALead()
    {
        var sut = AgentRoster.Agents;

        Assert.Equal(SeedGenerator.Agents.Select(a => (a.Id, a.Name, a.Team)), sut.Select(a => (a.AgentId, a.DisplayName, a.Team)));
        Assert.Equal(["americas", "emea"], sut.Select(a => a.Team).Distinct().Order(StringComparer.Ordinal));
        Assert.All(sut.GroupBy(a => a.Team), team => Assert.Single(team, a => a.IsTeamLead));
        Assert.True(sut.Count(a => a.OnCallPosition is not null) >= 2);
        Assert.All(sut, a => Assert.NotNull(DateTimeZoneProviders.Tzdb.GetZoneOrNull(a.TimeZone)));
        Assert.Contains(sut, a => AgentMapper.Skills(a).Contains("billing"));
    }

    [Fact]
    public async Task Startup_EmptyDatabase_SeedsTheRosterOnce()
    {
        _ = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();

        var added = await AgentRoster.SeedAsync(db, default);

        Assert.Equal(0, added);
        Assert.Equal(AgentRoster.Agents.Select(a => a.AgentId), await db.Agents.OrderBy(a => a.AgentId).Select(a => a.AgentId).ToListAsync());
    }

    [Fact]
    public void OnCall_RotatesDailyThroughTheRotation()
    {
        var day = Instant.FromUtc(2026, 3, 10, 12, 0);

        var sut = AgentMapper.OnCall(AgentRoster.Agents, day, day);

        var today = sut.Resolve(day, "primary");
        var tomorrow = sut.Resolve(day + Duration.FromDays(1), "primary");
        Assert.NotNull(today);
        Assert.NotEqual(today, tomorrow);
        Assert.Equal(tomorrow, sut.Resolve(day, "secondary"));
    }

    [Fact]
    public void ToRoutingAgent_ReadsShiftZoneAndChannelCapacity()
    {
        var ava = AgentRoster.Agents[0];

        var sut = AgentMapper.ToRoutingAgent(ava, 2, new Dictionary<EventTimeline.Events.Channel, int> { [EventTimeline.Events.Channel.Chat] = 1 });

        Assert.Equal("America/New_York", sut.TimeZone.Id);
        Assert.Equal(3, sut.ChannelCapacity[RoutingEngine.Channel.Chat]);
        Assert.Equal(1, sut.ChannelLoad[RoutingEngine.Channel.Chat]);
        Assert.True(sut.Shift.Contains(new LocalDateTime(2026, 3, 10, 8, 0)));
        Assert.False(sut.Shift.Contains(new LocalDateTime(2026, 3, 10, 17, 0)));
        Assert.False(sut.Shift.Contains(new LocalDateTime(2026, 3, 14, 10, 0)));
    }
}
