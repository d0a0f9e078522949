using NodaTime;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Zendesk.Normalization;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Storage;

namespace SupportOps.Adapters.Zendesk.Tests.Normalization;

public sealed partial class ZendeskNormalizerTests
{
    private readonly ZendeskNormalizer sut = new();

    [Fact]
    public void Normalize_TimeBasedExportPage_CreatesEachTicketWithItsSnapshotState()
    {
        var result = sut.Normalize(Fixture.Payload("export/time/page-a.json"));

        Assert.Empty(result.Rejections);
        Assert.Equal(["zendesk:101", "zendesk:102"], result.Tickets.Select(t => t.TicketId));
        var first = result.Tickets[0].Events;
        var created = Assert.IsType<TicketCreated>(first[0].Event);
        Assert.Equal("Printer is on fire", created.Subject);
        Assert.Equal(Channel.Email, created.Channel);
        Assert.Equal(Priority.P0, created.Priority);
        Assert.Equal("9001", created.RequesterId);
        Assert.Equal("5001", created.Queue);
        Assert.Equal(["printer", "hardware"], created.Tags.ToArray());
        Assert.Equal("zendesk:101:created", first[0].DedupeKey);
        Assert.Equal(Instant.FromUtc(2025, 12, 31, 9, 0), first[0].OccurredAt);
        Assert.Equal(ActorKind.Customer, first[0].Actor.Kind);

        var second = result.Tickets[1].Events;
        var status = Assert.Single(second, e => e.Event is StatusChanged);
        Assert.Equal(TicketStatus.Open, ((StatusChanged)status.Event).To);
        Assert.Equal("zendesk:102:2025-12-31T11:00:00Z:status", status.DedupeKey);
        Assert.Equal("7001", Assert.IsType<AssigneeChanged>(Assert.Single(second, e => e.Event is AssigneeChanged).Event).To);
        Assert.DoesNotContain(second, e => e.Event is PriorityChanged);
    }

    [Fact]
    public void Normalize_CursorAndTimeBasedPagesOfTheSameTickets_GiveTheSameEvents()
    {
        var time = sut.Normalize(Fixture.Payload("export/time/page-0.json"));
        var cursor = sut.Normalize(Fixture.Payload("export/cursor/page-2.json"));

        Assert.Equal(Flatten(time), Flatten(cursor));
    }

    [Fact]
    public void Normalize_TimeWithOffset_IsConvertedWithTheOffset()
    {
        var result = sut.Normalize(Fixture.Payload("export/time/page-0.json"));

        var created = result.Tickets.Single(t => t.ExternalTicketId == "103").Events[0];
        Assert.Equal(Instant.FromUtc(2026, 1, 1, 11, 0), created.OccurredAt);
        Assert.Equal(TicketStatus.PendingCustomer, ((StatusChanged)result.Tickets.Single(t => t.ExternalTicketId == "103").Events[1].Event).To);
    }

    [Fact]
    public void Normalize_AuditsWithSideloadedUsers_ClassifiesCommentsByRoleAndPublicFlag()
    {
        var result = sut.Normalize(Fixture.Payload("history/audits.json"));

        var events = Assert.Single(result.Tickets).Events;
        var customer = Assert.IsType<CustomerMessage>(Assert.Single(events, e => e.Event is CustomerMessage).Event);
        Assert.Equal("820001", customer.MessageId);
        Assert.Equal(Channel.Email, customer.Channel);
        var attachment = Assert.Single(customer.Attachments);
        Assert.Equal(("fire.jpg", "image/jpeg", 48213L), (attachment.Name, attachment.ContentType, attachment.SizeBytes));
        var reply = Assert.Single(events, e => e.Event is AgentPublicReply);
        Assert.Equal("zendesk:101:820011", reply.DedupeKey);
        Assert.Equal(Actor.Agent("7001"), reply.Actor);
        var note = Assert.Single(events, e => e.Event is InternalNote);
        Assert.Equal("Facilities confirmed the fire is out.", ((InternalNote)note.Event).Body);
        Assert.Equal(1, result.Ignored);
    }

    [Fact]
    public void Normalize_AuditChanges_MapsStatusPriorityAssigneeTagsAndTriggerActor()
    {
        var events = Assert.Single(sut.Normalize(Fixture.Payload("history/audits.json")).Tickets).Events;

        var created = Assert.Single(events, e => e.Event is TicketCreated);
        Assert.Equal("zendesk:101:created", created.DedupeKey);
        Assert.Equal(new StatusChanged { From = TicketStatus.New, To = TicketStatus.Open }, events.Single(e => e.DedupeKey == "zendesk:101:820012").Event);
        Assert.Equal(new AssigneeChanged { To = "7001" }, events.Single(e => e.DedupeKey == "zendesk:101:820013").Event);
        Assert.Equal(new PriorityChanged { From = Priority.P0, To = Priority.P1 }, events.Single(e => e.DedupeKey == "zendesk:101:820022").Event);
        Assert.Equal(new TagsChanged { Added = ["facilities"], Removed = ["hardware"] }, events.Single(e => e.DedupeKey == "zendesk:101:820023").Event);
        var pending = events.Single(e => e.DedupeKey == "zendesk:101:820024");
        Assert.Equal(TicketStatus.PendingCustomer, ((StatusChanged)pending.Event).To);
        Assert.Equal(ActorKind.Integration, pending.Actor.Kind);
        Assert.Equal(Instant.FromUtc(2025, 12, 31, 9, 45), pending.OccurredAt);
    }

    [Fact]
    public void Normalize_CommentsEndpoint_SharesKeysWithAuditCommentsAndUsesLearnedRequester()
    {
        var audits = sut.Normalize(Fixture.Payload("history/audits.json"));
        var fresh = new ZendeskNormalizer();
        fresh.Normalize(Fixture.Payload("export/time/page-a.json"));

        var comments = fresh.Normalize(Fixture.Payload("history/tickets/101/comments.json", ticketId: "101"));

        var events = Assert.Single(comments.Tickets).Events;
        Assert.Contains(events[0].DedupeKey, Assert.Single(audits.Tickets).Events.Select(e => e.DedupeKey));
        Assert.All(events, e => Assert.IsType<CustomerMessage>(e.Event));
        Assert.Equal(Instant.FromUtc(2025, 12, 31, 15, 5), events[1].OccurredAt);
    }

    [Fact]
    public void Normalize_AuditsWithoutSideloadedUsers_ClassifyByTheRequesterOfTheCreatingAudit()
    {
        var json = """
            {"audits": [
              {"id": 1, "ticket_id": 9, "created_at": "2026-01-01T00:00:00Z", "author_id": 500, "events": [
                {"id": 10, "type": "Comment", "author_id": 500, "body": "help", "public": true},
                {"id": 11, "type": "Create", "field_name": "requester_id", "value": "500"},
                {"id": 12, "type": "Create", "field_name": "status", "value": "new"}]},
              {"id": 2, "ticket_id": 9, "created_at": "2026-01-01T01:00:00Z", "author_id": 600, "events": [
                {"id": 20, "type": "Comment", "author_id": 600, "body": "on it", "public": true}]}
            ]}
            """;

        var events = Assert.Single(new ZendeskNormalizer().Normalize(Fixture.Text(json)).Tickets).Events;

        Assert.IsType<CustomerMessage>(events.Single(e => e.DedupeKey == "zendesk:9:10").Event);
        Assert.IsType<AgentPublicReply>(events.Single(e => e.DedupeKey == "zendesk:9:20").Event);
    }

    [Fact]
    public void Normalize_GoZendeskSingleTicket_ReadsTheRealShape()
    {
        var result = sut.Normalize(Fixture.Payload("go-zendesk/ticket.json"));

        var events = Assert.Single(result.Tickets).Events;
        var created = Assert.IsType<TicketCreated>(events[0].Event);
        Assert.Equal(Channel.Email, created.Channel);
        Assert.Equal(Priority.P2, created.Priority);
        Assert.Equal(TicketStatus.Solved, ((StatusChanged)events.Single(e => e.Event is StatusChanged).Event).To);
    }

    [Fact]
    public void Normalize_GoZendeskAuditsExample_MakesAPrivateNoteAndATriggeredStatusChange()
    {
        var result = sut.Normalize(Fixture.Payload("go-zendesk/ticket_audits.json"));

        var events = Assert.Single(result.Tickets).Events;
        Assert.Equal("zendesk:666", result.Tickets[0].TicketId);
        Assert.IsType<InternalNote>(events[0].Event);
        Assert.Equal(Actor.Agent("5246746"), events[0].Actor);
        var status = events[1];
        Assert.Equal(new StatusChanged { From = TicketStatus.New, To = TicketStatus.Open }, status.Event);
        Assert.Equal(ActorKind.Integration, status.Actor.Kind);
    }

    [Fact]
    public void Normalize_GoZendeskComments_NeedTheTicketIdFromTheRequest()
    {
        var without = sut.Normalize(Fixture.Payload("go-zendesk/ticket_comments.json"));
        var with = sut.Normalize(Fixture.Payload("go-zendesk/ticket_comments.json", ticketId: "2"));

        Assert.Contains("needs the ticket id", Assert.Single(without.Rejections).Reason, StringComparison.Ordinal);
        Assert.Equal(["zendesk:2:2", "zendesk:2:3"], Assert.Single(with.Tickets).Events.Select(e => e.DedupeKey));
    }

    [Fact]
    public void Normalize_SamePayloadTwice_GivesTheSameEvents()
    {
        var first = sut.Normalize(Fixture.Payload("history/audits.json"));
        var second = sut.Normalize(Fixture.Payload("history/audits.json"));

        Assert.Equal(Flatten(first), Flatten(second));
    }

    private static IReadOnlyList<NewEvent> Flatten(NormalizationResult result) => [.. result.Tickets.SelectMany(t => t.Events)];
}
