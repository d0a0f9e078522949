using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.CommandCenter.Routing;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;
using SupportOps.RoutingEngine.Overrides;
using RoutingOverrideApplied = SupportOps.EventTimeline.Events.RoutingOverrideApplied;
using RoutingOverrideCleared = SupportOps.EventTimeline.Events.RoutingOverrideCleared;

namespace SupportOps.CommandCenter.Tests.Routing;

public sealed class TicketRoutingServiceTests(CommandCenterFactory factory) : IClassFixture<CommandCenterFactory>
{
    private static readonly Instant At = CommandCenterFactory.Now;

    [Fact]
    public async Task ApplyAsync_TicketChangedAfterItWasRead_ThrowsConcurrencyAndStoresNoDecision()
    {
        await TestTickets.CreateAsync(factory, "C-1", tags: ["billing"]);
        await using var scope = factory.Services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<TicketRoutingService>();
        var situation = (await sut.LoadAsync("C-1", default))!;
        await using (var other = factory.Services.CreateAsyncScope())
        {
            await other.ServiceProvider.GetRequiredService<IEventStore>().AppendAsync(new AppendRequest("C-1", ExpectedVersion.Any,
            [
                new NewEvent { Event = new InternalNote { MessageId = "n1", AuthorId = "agent-1", Body = "looking" }, OccurredAt = At, Actor = Actor.Agent("agent-1"), Source = EventSource.Api, DedupeKey = "C-1:note" },
            ]));
        }

        await Assert.ThrowsAsync<EventStreamConcurrencyException>(() => sut.ApplyAsync(situation, [], situation.Overrides, default));

        Assert.DoesNotContain(await TestTickets.ReadAsync(factory, "C-1"), e => e.Event is RoutingDecided);
    }

    [Fact]
    public async Task LoadAsync_RouterAssignment_IsNotAnInput_PersonsAssignmentIs()
    {
        await TestTickets.CreateAsync(factory, "C-2", tags: ["billing"]);
        await TestTickets.CreateAsync(factory, "C-3", tags: ["billing"], assignee: "agent-7");
        await using var scope = factory.Services.CreateAsyncScope();
        var sut = scope.ServiceProvider.GetRequiredService<TicketRoutingService>();
        var before = (await sut.LoadAsync("C-2", default))!;
        await sut.ApplyAsync(before, [], before.Overrides, default);

        var after = (await sut.LoadAsync("C-2", default))!;
        var assignedByPerson = (await sut.LoadAsync("C-3", default))!;

        Assert.Equal("agent-3", after.Current.Assignee);
        Assert.Null(after.Ticket.CurrentAssignee);
        Assert.Equal(before.Capacity.Fingerprint, after.Capacity.Fingerprint);
        Assert.Equal("agent-7", assignedByPerson.Ticket.CurrentAssignee);
        Assert.Equal(At - Duration.FromHours(1), assignedByPerson.Ticket.AssignedAt);
    }

    [Fact]
    public void Overrides_TimelineEvents_RebuildTheSetAndClearByTheTimelinesId()
    {
        var applied = new RoutingOverrideApplied { OverrideId = "ext-1", TargetKind = RoutingTargetKind.Agent, TargetId = "agent-7", Reason = "vip", AppliedBy = "lead@test" };
        var escalate = new RoutingOverrideApplied { OverrideId = "ext-2", TargetKind = RoutingTargetKind.Queue, TargetId = "VIP", Reason = "exec", AppliedBy = "lead@test", ExpiresAt = At + Duration.FromHours(1) };
        var broken = new RoutingOverrideApplied { OverrideId = "ext-3", TargetKind = RoutingTargetKind.Agent, TargetId = "agent-1", Reason = " ", AppliedBy = "lead@test" };
        var cleared = new RoutingOverrideCleared { OverrideId = "ext-2", Reason = "done", ClearedBy = "lead@test" };

        var (set, events) = TicketRoutingService.Overrides("T-1", [Envelope(1, applied), Envelope(2, escalate), Envelope(3, broken)]);
        var (afterClear, _) = TicketRoutingService.Overrides("T-1", [Envelope(1, applied), Envelope(2, escalate), Envelope(3, cleared)]);

        var soon = At + Duration.FromMinutes(1);
        var active = set.ActiveFor("T-1", soon);
        Assert.NotNull(active);
        Assert.Equal((RoutingOverrideKind.EscalateToQueue, "vip"), (active.Kind, active.TargetId));
        Assert.Equal("ext-2", events[active.Id].OverrideId);
        Assert.Equal(2, events.Count);
        Assert.Equal((RoutingOverrideKind.ReassignToAgent, "agent-7"), (afterClear.ActiveFor("T-1", soon)!.Kind, afterClear.ActiveFor("T-1", soon)!.TargetId));
        Assert.Equal(RoutingOverrideKind.ReassignToAgent, set.ActiveFor("T-1", At + Duration.FromHours(2))!.Kind);
    }

    private static EventEnvelope Envelope(long version, TicketEvent e) => new()
    {
        EventId = $"T-1:{version}",
        TicketId = "T-1",
        Version = version,
        OccurredAt = At + Duration.FromSeconds(version),
        RecordedAt = At + Duration.FromSeconds(version),
        Actor = Actor.Agent("lead@test"),
        Source = EventSource.Api,
        DedupeKey = $"k{version}",
        SchemaVersion = 1,
        Event = e,
    };
}
