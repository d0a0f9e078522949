using NodaTime;
using NodaTime.Testing;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Exports;
using SupportOps.EventTimeline.Snapshots;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.EventTimeline.Tests;

/// <summary>Keeps the package README's example compiling and true.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task HowToUse_Example_BehavesAsTheReadmeSays()
    {
        IClock clock = new FakeClock(Instant.FromUtc(2026, 3, 8, 6, 31));
        var store = new InMemoryEventStore(clock);
        var output = new StringWriter();

        var created = new NewEvent
        {
            Event = new TicketCreated
            {
                Subject = "Cannot log in", Channel = Channel.Email, Priority = Priority.P2,
                Tier = CustomerTier.Premium, RequesterId = "cust-42", Tags = ["login"],
            },
            OccurredAt = Instant.FromUtc(2026, 3, 8, 6, 30),
            Actor = Actor.Customer("cust-42", "Dana Reyes"),
            Source = EventSource.Zendesk,
            DedupeKey = "zendesk:1001:created",
        };
        await store.AppendAsync(new AppendRequest("T-1001", ExpectedVersion.NoStream, [created]));

        var again = await store.AppendAsync(new AppendRequest("T-1001", ExpectedVersion.NoStream, [created]));
        output.WriteLine(again.IsDuplicateOnly);

        var events = await store.ReadStreamAsync("T-1001");
        TicketSnapshot snapshot = TicketReducer.Rebuild("T-1001", events);
        output.WriteLine($"{snapshot.Status} {snapshot.Priority} {string.Join(",", snapshot.Tags)}");
        await new MarkdownTranscriptExporter().WriteAsync(output, events);

        Assert.Equal(
            """
            True
            New P2 login
            ## Ticket T-1001: Cannot log in

            - 2026-03-08T06:30:00Z · Dana Reyes (customer) created the ticket via email: "Cannot log in" (priority p2, tier premium, tags login)

            """.ReplaceLineEndings("\n"),
            output.ToString().ReplaceLineEndings("\n"));
    }
}
