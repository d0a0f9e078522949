using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Tests;

/// <summary>Creates tickets straight through the host's event store.</summary>
internal static class TestTickets
{
    public static async Task<AppendResult> CreateAsync(
        CommandCenterFactory factory,
        string ticketId,
        string[]? tags = null,
        Priority priority = Priority.P2,
        CustomerTier tier = CustomerTier.Standard,
        Channel channel = Channel.Email,
        string? assignee = null,
        Duration? age = null)
    {
        var created = CommandCenterFactory.Now - (age ?? Duration.FromHours(1));
        var customer = Actor.Customer("cust-1");
        var events = new List<NewEvent>
        {
            New(new TicketCreated { Subject = "Invoice wrong", Channel = channel, Priority = priority, Tier = tier, RequesterId = "cust-1", Tags = [.. tags ?? []], Queue = "triage" }, customer, created, $"{ticketId}:1"),
            New(new CustomerMessage { MessageId = $"{ticketId}-m1", AuthorId = "cust-1", Body = "Please help", Channel = channel }, customer, created, $"{ticketId}:2"),
        };
        if (assignee is not null)
        {
            events.Add(New(new AssigneeChanged { To = assignee }, Actor.Agent("lead-1"), created, $"{ticketId}:3"));
        }

        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IEventStore>().AppendAsync(new AppendRequest(ticketId, ExpectedVersion.NoStream, events));
    }

    public static async Task<IReadOnlyList<EventEnvelope>> ReadAsync(CommandCenterFactory factory, string ticketId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IEventStore>().ReadStreamAsync(ticketId);
    }

    private static NewEvent New(TicketEvent e, Actor actor, Instant at, string key) =>
        new() { Event = e, OccurredAt = at, Actor = actor, Source = EventSource.Api, DedupeKey = key };
}
