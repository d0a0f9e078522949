using System.Text;
using NodaTime;
using SupportOps.Adapters.Ports;
using SupportOps.Adapters.Slack.Normalization;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Slack.Tests.Normalization;

public sealed class SlackNormalizerTests
{
    private readonly SlackNormalizer sut = new();

    [Fact]
    public void Normalize_RealTopLevelMessage_OpensATicketWithTheCustomerMessage()
    {
        var result = sut.Normalize(Fixture.Payload("zulip/message_with_normal_text.json"));

        var ticket = Assert.Single(result.Tickets);
        Assert.Equal("slack:C06NRA6JLER:1719209506.817929", ticket.TicketId);
        Assert.Equal(2, ticket.Events.Length);
        var created = Assert.IsType<TicketCreated>(ticket.Events[0].Event);
        Assert.Equal("Hello, this is a normal text message", created.Subject);
        Assert.Equal("U06NU4E26M9", created.RequesterId);
        Assert.Equal(Channel.Slack, created.Channel);
        var message = Assert.IsType<CustomerMessage>(ticket.Events[1].Event);
        Assert.Equal("1719209506.817929", message.MessageId);
        Assert.Equal("slack:C06NRA6JLER:1719209506.817929:1719209506.817929", ticket.Events[1].DedupeKey);
        Assert.Equal(Instant.FromUnixTimeSeconds(1719209506) + Duration.FromTicks(8_179_290), ticket.Events[1].OccurredAt);
    }

    [Fact]
    public void Normalize_RealFileShare_ListsTheFilesWithoutInliningThem()
    {
        var result = sut.Normalize(Fixture.Payload("zulip/message_with_image_files.json"));

        var message = Assert.IsType<CustomerMessage>(Assert.Single(result.Tickets).Events[1].Event);
        Assert.Equal(
            [("5e44bcbc-e43c-4a2e-85de-4be126f392f4.jpg", "image/jpeg", 3036645L), ("notif_bot.png", "image/png", 45054L), ("books.jpg", "image/jpeg", 1406170L)],
            message.Attachments.Select(a => (a.Name, a.ContentType, a.SizeBytes)));
        Assert.Equal("(Slack thread)", ((TicketCreated)result.Tickets[0].Events[0].Event).Subject);
    }

    [Theory]
    [InlineData("zulip/message_from_slack_integration_bot.json")]
    [InlineData("zulip/challenge_handshake_payload.json")]
    public void Normalize_BotMessagesAndHandshakes_AreIgnored(string file)
    {
        var result = sut.Normalize(Fixture.Payload(file));

        Assert.Empty(result.Tickets);
        Assert.Empty(result.Rejections);
        Assert.Equal(1, result.Ignored);
    }

    [Theory]
    [InlineData("java-slack-sdk/ReactionAddedPayload.json", "unsupported Slack event type \"reaction_added\"")]
    [InlineData("java-slack-sdk/MemberJoinedChannelPayload.json", "unsupported Slack event type \"member_joined_channel\"")]
    [InlineData("java-slack-sdk/MessagePayload.json", "unsupported Slack envelope type \"\"")]
    [InlineData("java-slack-sdk/MessageChangedPayload.json", "unsupported Slack envelope type \"\"")]
    [InlineData("java-slack-sdk/MessageDeletedPayload.json", "unsupported Slack envelope type \"\"")]
    public void Normalize_UnknownKindsAndBlankSchemaSamples_AreRejectedWithAReason(string file, string reason)
    {
        var result = sut.Normalize(Fixture.Payload(file));

        Assert.Empty(result.Tickets);
        Assert.Equal(reason, Assert.Single(result.Rejections).Reason);
    }

    [Fact]
    public void Normalize_ThreadReplies_AreCustomerOrAgentMessagesByThreadStarter()
    {
        var replies = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Fixture.Folder("thread", "02-bot-and-agent.json")));
        var agentReply = Encoding.UTF8.GetBytes(replies.RootElement[1].GetRawText());

        var result = sut.Normalize(new SourcePayload("reply", agentReply));

        var ticket = Assert.Single(result.Tickets);
        Assert.Equal("slack:C0HELPDESK:1767261600.000100", ticket.TicketId);
        var reply = Assert.Single(ticket.Events);
        Assert.IsType<AgentPublicReply>(reply.Event);
        Assert.Equal(Actor.Agent("U0AGENT"), reply.Actor);
    }

    [Fact]
    public void Normalize_ReplyWithoutParentUser_UsesTheRememberedRootAuthor()
    {
        sut.Normalize(Fixture.Payload("thread/01-root.json"));
        const string Reply = """
            {"type": "event_callback", "event": {"type": "message", "user": "U0OTHER", "text": "me too", "ts": "1767261999.000001",
             "thread_ts": "1767261600.000100", "channel": "C0HELPDESK"}}
            """;

        var result = sut.Normalize(Fixture.Text(Reply));

        Assert.IsType<AgentPublicReply>(Assert.Single(Assert.Single(result.Tickets).Events).Event);
    }

    [Fact]
    public void Normalize_EditOfAKnownMessage_HasTheOriginalsDedupeKey()
    {
        var original = sut.Normalize(Fixture.Payload("thread/01-root.json"));
        var editLine = File.ReadAllLines(Fixture.Folder("thread", "03-dump.jsonl"))[1];

        var edit = sut.Normalize(Fixture.Text(editLine));

        var editedMessage = Assert.Single(edit.Tickets).Events[1];
        Assert.Equal(original.Tickets[0].Events[1].DedupeKey, editedMessage.DedupeKey);
        Assert.Equal("Our exports fail with error 500 (edited)", ((CustomerMessage)editedMessage.Event).Body);
    }

    [Fact]
    public void Normalize_DeletionAndBlankChannel_AreIgnoredOrRejected()
    {
        var deletion = File.ReadAllLines(Fixture.Folder("thread", "03-dump.jsonl"))[3];
        const string BlankChannel = """{"type": "event_callback", "event": {"type": "message", "user": "U1", "ts": "1.000001", "channel": ""}}""";

        Assert.Equal(1, sut.Normalize(Fixture.Text(deletion)).Ignored);
        Assert.Equal("the message has no \"channel\"", Assert.Single(sut.Normalize(Fixture.Text(BlankChannel)).Rejections).Reason);
    }

    [Fact]
    public void Normalize_EscapedText_IsDecoded()
    {
        var result = sut.Normalize(Fixture.Payload("thread/01-root.json"));

        Assert.Equal("Our exports fail with <error 500> since this morning", ((TicketCreated)result.Tickets[0].Events[0].Event).Subject);
    }

    [Theory]
    [InlineData("""{"type": "event_callback", "event": {"type": "message", "user": "U1", "ts": "not-a-ts", "channel": "C1"}}""", "the message has no valid \"ts\" (was \"not-a-ts\")")]
    [InlineData("""{"type": "event_callback", "event": {"type": "message", "ts": "1.000001", "channel": "C1"}}""", "the message has no \"user\" and is not a bot message")]
    [InlineData("""{"type": "event_callback", "event": {"type": "message", "user": "U1", "ts": 1719209506, "channel": "C1"}}""", "the message has no valid \"ts\" (was \"\")")]
    [InlineData("""{"type": "event_callback"}""", "an event_callback needs an \"event\" object")]
    [InlineData("""{"type": "app_rate_limited"}""", "unsupported Slack envelope type \"app_rate_limited\"")]
    [InlineData("""{"type": "event_callback", "event": {"type": "mess""", "payload is not valid JSON")]
    [InlineData("""["event_callback"]""", "a Slack Events API payload is a JSON object")]
    public void Normalize_MalformedCallbacks_AreRejectedWithAReason(string json, string reason)
    {
        var result = sut.Normalize(Fixture.Text(json));

        Assert.StartsWith(reason, Assert.Single(result.Rejections).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_InvalidUtf8_IsRejected()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"type": "event_callback", "event": {"type": "message", "text": "X"}}""");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;

        Assert.Equal("payload is not valid UTF-8", Assert.Single(sut.Normalize(new SourcePayload("bad", bytes)).Rejections).Reason);
    }

    [Theory]
    [InlineData("1719209506.817929", true)]
    [InlineData("1719209506", true)]
    [InlineData("1719209506.8", true)]
    [InlineData("1719209506.8179291", false)]
    [InlineData("-1.000001", false)]
    [InlineData("", false)]
    [InlineData("99999999999999999999.000001", false)]
    public void TryParseTimestamp_VariousTexts_AcceptsOnlySlackTimestamps(string ts, bool expected)
    {
        Assert.Equal(expected, SlackNormalizer.TryParseTimestamp(ts, out _));
    }

    [Fact]
    public void TryGetChallenge_RealHandshake_ReturnsTheChallenge()
    {
        Assert.True(SlackUrlVerification.TryGetChallenge(File.ReadAllBytes(Fixture.Folder("zulip", "challenge_handshake_payload.json")), out var challenge));
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", challenge);
        Assert.False(SlackUrlVerification.TryGetChallenge("{\"type\": \"event_callback\"}"u8, out _));
        Assert.False(SlackUrlVerification.TryGetChallenge("{not json"u8, out _));
    }
}
