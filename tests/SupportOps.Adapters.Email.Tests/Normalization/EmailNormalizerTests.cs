using NodaTime;
using SupportOps.Adapters.Email.Normalization;
using SupportOps.Adapters.Ingest;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Email.Tests.Normalization;

public sealed class EmailNormalizerTests
{
    private readonly EmailNormalizer sut = new(["supportops.example"]);

    [Fact]
    public void Normalize_HtmlQuestionWithAttachment_OpensATicketWithTextAndListedAttachment()
    {
        var result = sut.Normalize(Fixture.Payload("support/01-question.eml"));

        var ticket = Assert.Single(result.Tickets);
        Assert.Equal("email:inv-4411-1@customer.example", ticket.TicketId);
        var created = Assert.IsType<TicketCreated>(ticket.Events[0].Event);
        Assert.Equal("Invoice #4411 shows the wrong VAT", created.Subject);
        Assert.Equal("ada@customer.example", created.RequesterId);
        Assert.Equal(Channel.Email, created.Channel);
        var message = Assert.IsType<CustomerMessage>(ticket.Events[1].Event);
        Assert.Equal("Hello,\ninvoice #4411 charges 21% VAT but we are in Ireland (23%).\n\n- Invoice: 4411\n- Customer: 889\n\nThanks & regards,\nAda", message.Body);
        Assert.DoesNotContain("color", message.Body, StringComparison.Ordinal);
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal(("invoice-4411.pdf", "application/pdf", 78L), (attachment.Name, attachment.ContentType, attachment.SizeBytes));
        Assert.Equal(Instant.FromUtc(2026, 1, 5, 8, 15), ticket.Events[1].OccurredAt);
        Assert.Equal(new Actor { Kind = ActorKind.Customer, Id = "ada@customer.example", DisplayName = "Ada Lovelace" }, ticket.Events[1].Actor);
    }

    [Fact]
    public void Normalize_ReplyFromSupportDomain_IsAnAgentReplyWithQuoteAndSignatureTrimmed()
    {
        var result = sut.Normalize(Fixture.Payload("support/02-agent-reply.eml"));

        var reply = Assert.Single(Assert.Single(result.Tickets).Events);
        Assert.Equal("email:inv-4411-1@customer.example:reply-1@supportops.example", reply.DedupeKey);
        Assert.Equal("Hi Ada,\n\nWe have corrected the VAT rate and re-issued the invoice.", Assert.IsType<AgentPublicReply>(reply.Event).Body);
        Assert.Equal(ActorKind.Agent, reply.Actor.Kind);
        Assert.Equal(Instant.FromUtc(2026, 1, 5, 10, 2), reply.OccurredAt);
    }

    [Fact]
    public void Normalize_ReplyNamingOnlyTheAgentsMessage_JoinsTheRootsTicket()
    {
        sut.Normalize(Fixture.Payload("support/01-question.eml"));
        sut.Normalize(Fixture.Payload("support/02-agent-reply.eml"));

        var result = sut.Normalize(Fixture.Payload("support/03-customer-thanks.eml"));

        var ticket = Assert.Single(result.Tickets);
        Assert.Equal("email:inv-4411-1@customer.example", ticket.TicketId);
        Assert.Equal("Perfect, thank you!", ((CustomerMessage)ticket.Events[1].Event).Body);
        Assert.Equal("Invoice #4411 shows the wrong VAT", ((TicketCreated)ticket.Events[0].Event).Subject);
        Assert.Equal(Instant.FromUtc(2026, 1, 5, 10, 30), ticket.Events[1].OccurredAt);
    }

    [Theory]
    [InlineData("mikel-mail/rfc2822/example05.eml", "1234@local.machine.example", "1997-11-21T15:55:06Z")]
    [InlineData("mikel-mail/rfc2822/example06.eml", "3456@example.net", "1997-11-21T16:01:10Z")]
    [InlineData("mikel-mail/rfc2822/example07.eml", "abcd.1234@local.machine.tld", "1997-11-21T17:00:00Z")]
    public void Normalize_Rfc2822Thread_PutsEveryMessageInTheRootsTicketAtItsOffsetTime(string file, string messageId, string utc)
    {
        var result = sut.Normalize(Fixture.Payload(file));

        var ticket = Assert.Single(result.Tickets);
        Assert.Equal("email:1234@local.machine.example", ticket.TicketId);
        var message = ticket.Events.Single(e => e.Event is CustomerMessage);
        Assert.Equal(messageId, ((CustomerMessage)message.Event).MessageId);
        Assert.Equal(utc, message.OccurredAt.ToString());
    }

    [Fact]
    public void Normalize_RealGmailReplyWithSmimeSignature_ListsTheSignaturePartAsAnAttachment()
    {
        var result = sut.Normalize(Fixture.Payload("mikel-mail/mime_emails/raw_email2.eml"));

        var ticket = Assert.Single(result.Tickets);
        Assert.Equal("email:F6E2D0B4-CC35-4A91-BA4C-C7C712B10C13@mac.com", ticket.TicketId);
        var message = (CustomerMessage)ticket.Events[1].Event;
        Assert.Equal(("smime.p7s", "application/pkcs7-signature"), (message.Attachments[0].Name, message.Attachments[0].ContentType));
        Assert.True(message.Attachments[0].SizeBytes > 0);
        Assert.Equal("Signed email causes file attachments", ((TicketCreated)ticket.Events[0].Event).Subject);
    }

    [Fact]
    public void Normalize_Bounce_IsIgnored()
    {
        var result = sut.Normalize(Fixture.Payload("mikel-mail/multipart_report_emails/report_422.eml"));

        Assert.Empty(result.Tickets);
        Assert.Empty(result.Rejections);
        Assert.Equal(1, result.Ignored);
    }

    [Theory]
    [InlineData("malformed/empty.eml", "the message is empty")]
    [InlineData("malformed/no-from.eml", "the message has no From address")]
    [InlineData("malformed/bad-date.eml", "the message has no valid Date header (was \"the day after tomorrow\")")]
    public void Normalize_MalformedMessages_AreRejectedWithAReason(string file, string reason)
    {
        var result = sut.Normalize(Fixture.Payload(file));

        Assert.Empty(result.Tickets);
        Assert.Equal(reason, Assert.Single(result.Rejections).Reason);
    }

    [Fact]
    public void Normalize_MessageWithoutMessageId_IsKeyedByItsContentHash()
    {
        var bytes = "From: a@b.example\r\nDate: Mon, 05 Jan 2026 09:15:00 +0100\r\nSubject: hi\r\n\r\nbody\r\n"u8.ToArray();

        var first = sut.Normalize(new SupportOps.Adapters.Ports.SourcePayload("x.eml", bytes));
        var second = new EmailNormalizer().Normalize(new SupportOps.Adapters.Ports.SourcePayload("y.eml", bytes));

        Assert.StartsWith("email:sha256:", first.Tickets[0].TicketId, StringComparison.Ordinal);
        Assert.Equal(first.Tickets[0].Events.Select(e => e.DedupeKey), second.Tickets[0].Events.Select(e => e.DedupeKey));
    }

    [Fact]
    public void Normalize_AutoReply_IsIgnored()
    {
        var bytes = "From: a@b.example\r\nDate: Mon, 05 Jan 2026 09:15:00 +0100\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <ooo@b.example>\r\n\r\nI am out of office\r\n"u8.ToArray();

        Assert.Equal(1, sut.Normalize(new SupportOps.Adapters.Ports.SourcePayload("ooo.eml", bytes)).Ignored);
    }

    [Fact]
    public void Normalize_EveryMikelFixture_ProducesTicketsOrAReasonNeverAnException()
    {
        foreach (var file in Directory.GetFiles(Fixture.Folder("mikel-mail"), "*.eml", SearchOption.AllDirectories))
        {
            NormalizationResult result = sut.Normalize(new SupportOps.Adapters.Ports.SourcePayload(file, File.ReadAllBytes(file)));

            Assert.True(result.Tickets.Length + result.Rejections.Length + result.Ignored > 0, file);
        }
    }
}
