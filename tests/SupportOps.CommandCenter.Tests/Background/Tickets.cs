using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Tests.Background;

/// <summary>Creates tickets through the host's own event store.</summary>
internal static class Tickets
{
    public static async Task CreateAsync(CommandCenterFactory factory, string ticketId, Priority priority, Instant at, CustomerTier tier = CustomerTier.Standard)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IEventStore>();
        await store.AppendAsync(new AppendRequest(ticketId, ExpectedVersion.NoStream, [new NewEvent
        {
            Event = new TicketCreated { Subject = $"Subject of {ticketId}", Channel = Channel.Email, Priority = priority, Tier = tier, RequesterId = "cust-1" },
            OccurredAt = at,
            Actor = Actor.Customer("cust-1"),
            Source = EventSource.Api,
            DedupeKey = $"{ticketId}:created",
        }]));
    }
}
