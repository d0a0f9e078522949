using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.Analytics;
using SupportOps.Analytics.Inputs;
using SupportOps.CommandCenter.Agents;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Settings;
using SupportOps.EventTimeline.Serialization;
using SupportOps.CommandCenter.Rollups;
using SupportOps.CommandCenter.Workload;

namespace SupportOps.CommandCenter.Tests.Workload;

/// <summary>
/// SLA attainment in the workload view comes from the daily rollups, per assignee at the decision; occupancy
/// equals SupportOps.Analytics' over the tickets' whole timelines although only three event types are read.
/// </summary>
public sealed class WorkloadAttainmentTests(SeededCommandCenterFactory factory) : IClassFixture<SeededCommandCenterFactory>
{
    [Theory]
    [InlineData(7)]
    [InlineData(14)]
    public async Task Get_SeededWorkload_AttainmentIsTheRollupsSlaCyclesOfTheAgentAndTeamOverThePeriodsDays(int days)
    {
        var report = (await factory.CreateClient().GetFromJsonAsync<WorkloadReport>($"/api/v1/workload?days={days}", Json.Options))!;

        await using var scope = factory.Services.CreateAsyncScope();
        var calendar = scope.ServiceProvider.GetRequiredService<ReportingCalendar>();
        var (from, to) = (calendar.DayOf(CommandCenterFactory.Now - NodaTime.Duration.FromDays(days)), calendar.DayOf(CommandCenterFactory.Now));
        var rows = await scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>().DailyRollups.AsNoTracking()
            .Where(r => r.Day >= from && r.Day <= to).ToListAsync();
        (int Met, int Breached) Expected(IEnumerable<string> agents)
        {
            var mine = rows.Where(r => agents.Contains(r.Agent)).ToList();
            return (
                mine.Sum(r => r.FirstResponseMet + r.NextResponseMet + r.PeriodicUpdateMet + r.ResolutionMet),
                mine.Sum(r => r.FirstResponseBreached + r.NextResponseBreached + r.PeriodicUpdateBreached + r.ResolutionBreached));
        }

        Assert.Contains(report.Agents, a => a.Sla.Met + a.Sla.Breached > 0);
        Assert.All(report.Agents, a =>
        {
            var (met, breached) = Expected([a.AgentId]);
            Assert.Equal((met, breached), (a.Sla.Met, a.Sla.Breached));
            Assert.Equal(met + breached == 0 ? null : 100.0 * met / (met + breached), a.Sla.AttainmentPercent);
        });
        Assert.All(report.Teams, t => Assert.Equal(
            Expected(report.Agents.Where(a => a.Team == t.Team).Select(a => a.AgentId).ToList()),
            (t.Sla.Met, t.Sla.Breached)));
    }

    [Fact]
    public async Task Get_SeededWorkload_OccupancyEqualsAnalyticsOverEveryEventOfTheTickets()
    {
        var report = (await factory.CreateClient().GetFromJsonAsync<WorkloadReport>("/api/v1/workload?days=7", Json.Options))!;

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        var now = CommandCenterFactory.Now;
        var start = now - NodaTime.Duration.FromDays(7);
        var ids = await db.TicketSnapshots.AsNoTracking()
            .Where(t => (t.Status != "solved" && t.Status != "closed") || t.UpdatedAtTicks >= start.ToUnixTimeTicks())
            .Select(t => t.TicketId).ToListAsync();
        var payloads = await db.Events.AsNoTracking().Where(e => ids.Contains(e.TicketId)).OrderBy(e => e.TicketId).ThenBy(e => e.Version).Select(e => e.Payload).ToListAsync();
        var histories = TicketHistory.GroupByTicket(payloads.Select(TimelineJson.Deserialize));
        var agents = await db.Agents.AsNoTracking().ToListAsync();
        var period = new AnalyticsPeriod(start, now, scope.ServiceProvider.GetRequiredService<ActiveSettings>().Current.CalendarSet.Default);
        var expected = SupportAnalytics.Compute(histories, period, now, agents.Select(a => new AgentCapacity(a.AgentId, a.Capacity, AgentMapper.ChannelCapacity(a))))
            .Workload.ToDictionary(w => w.AgentId, w => w.Occupancy, StringComparer.Ordinal);

        Assert.Contains(report.Agents, a => a.Occupancy > 0);
        Assert.All(report.Agents, a => Assert.Equal(expected.GetValueOrDefault(a.AgentId), a.Occupancy));
    }

    [Fact]
    public async Task Build_EventsReadInChunksOfSeven_SameReportAsInOneChunk()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CommandCenterDbContext>();
        var start = (CommandCenterFactory.Now - NodaTime.Duration.FromDays(7)).ToUnixTimeTicks();
        var ticketsRead = await db.TicketSnapshots.AsNoTracking()
            .CountAsync(t => (t.Status != "solved" && t.Status != "closed") || t.UpdatedAtTicks >= start);
        var oneChunk = await services.GetRequiredService<WorkloadCalculator>().BuildAsync(7, CancellationToken.None);

        var chunked = await new WorkloadCalculator(
            db,
            services.GetRequiredService<CapacitySnapshotFactory>(),
            services.GetRequiredService<RollupReader>(),
            services.GetRequiredService<ReportingCalendar>(),
            services.GetRequiredService<ActiveSettings>(),
            services.GetRequiredService<NodaTime.IClock>(),
            idsPerQuery: 7).BuildAsync(7, CancellationToken.None);

        // Many chunks: the events of every ticket are read, and read once.
        Assert.True(ticketsRead > 7 * 3, $"{ticketsRead} tickets read");
        Assert.True(ticketsRead <= WorkloadCalculator.IdsPerQuery, $"{ticketsRead} tickets read");
        Assert.Contains(chunked.Agents, a => a.Occupancy > 0);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(oneChunk, Json.Options), System.Text.Json.JsonSerializer.Serialize(chunked, Json.Options));
    }
}
