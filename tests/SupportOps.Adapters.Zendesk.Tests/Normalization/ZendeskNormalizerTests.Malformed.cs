using System.Text;
using SupportOps.Adapters.Ports;

namespace SupportOps.Adapters.Zendesk.Tests.Normalization;

public sealed partial class ZendeskNormalizerTests
{
    private const string GoodTicket = """{"id": 7, "created_at": "2026-01-01T00:00:00Z", "status": "open", "subject": "ok"}""";

    [Theory]
    [InlineData("""{"id": "seven", "created_at": "2026-01-01T00:00:00Z", "status": "open"}""", "\"id\" must be an integer id, but was the string \"seven\"")]
    [InlineData("""{"created_at": "2026-01-01T00:00:00Z", "status": "open"}""", "missing \"id\"")]
    [InlineData("""{"id": {"nested": 1}, "created_at": "2026-01-01T00:00:00Z", "status": "open"}""", "\"id\" must be an integer id, but was an object")]
    [InlineData("""{"id": 8, "created_at": 1767225600, "status": "open"}""", "\"created_at\" must be a string, but was the number 1767225600")]
    [InlineData("""{"id": 8, "created_at": "yesterday", "status": "open"}""", "\"created_at\" must be an ISO-8601 time, but was \"yesterday\"")]
    [InlineData("""{"id": 8, "created_at": "2026-01-01T00:00:00Z", "status": "exploded"}""", "unknown status \"exploded\"")]
    [InlineData("""{"id": 8, "created_at": "2026-01-01T00:00:00Z", "status": "open", "tags": "a,b"}""", "\"tags\" must be an array, but was the string \"a,b\"")]
    [InlineData("42", "expected an object, but was the number 42")]
    public void Normalize_BadTicketInAPage_RejectsItAloneWithAReason(string badTicket, string reason)
    {
        var result = sut.Normalize(Fixture.Text($$"""{"tickets": [{{GoodTicket}}, {{badTicket}}], "end_of_stream": true}"""));

        Assert.Equal("zendesk:7", Assert.Single(result.Tickets).TicketId);
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(reason, rejection.Reason);
        Assert.Equal("tickets[1]", rejection.ItemPath);
        Assert.Equal(badTicket, Encoding.UTF8.GetString(rejection.RawPayload.Span));
    }

    [Theory]
    [InlineData("""{"tickets": [{"id": 7, "created_at": "2026-01""", "payload is not valid JSON")]
    [InlineData("""[{"id": 7}]""", "a Zendesk payload is a JSON object, but this is an array")]
    [InlineData("""{"groups": []}""", "unrecognized Zendesk payload")]
    [InlineData("""{"tickets": {"id": 7}}""", "\"tickets\" must be an array, but was an object")]
    [InlineData("", "payload is not valid JSON")]
    public void Normalize_BadPayload_RejectsItWhole(string json, string reason)
    {
        var result = sut.Normalize(Fixture.Text(json));

        Assert.Empty(result.Tickets);
        Assert.StartsWith(reason, Assert.Single(result.Rejections).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_InvalidUtf8_IsRejected()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"tickets": [{"id": 7, "subject": "caf?"}]}""");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xE9;

        var result = sut.Normalize(new SourcePayload("latin1.json", bytes));

        Assert.Equal("payload is not valid UTF-8", Assert.Single(result.Rejections).Reason);
        Assert.Equal(bytes, result.Rejections[0].RawPayload.ToArray());
    }

    [Fact]
    public void Normalize_AuditWithOneBadEvent_RejectsThatAuditOnlyAndKeepsNothingFromIt()
    {
        var json = """
            {"audits": [
              {"id": 1, "ticket_id": 5, "created_at": "2026-01-01T00:00:00Z", "author_id": 2, "events": [
                {"id": 10, "type": "Comment", "body": "hi", "public": true},
                {"id": 11, "type": "Change", "field_name": "status", "value": "teleported", "previous_value": "new"}]},
              {"id": 2, "ticket_id": 6, "created_at": "2026-01-01T00:00:00Z", "author_id": 2, "events": [
                {"id": 20, "type": "Comment", "body": "fine", "public": false}]}
            ]}
            """;

        var result = sut.Normalize(Fixture.Text(json));

        Assert.Equal("zendesk:6", Assert.Single(result.Tickets).TicketId);
        Assert.Equal("audits[0]", Assert.Single(result.Rejections).ItemPath);
        Assert.Equal("unknown status \"teleported\"", result.Rejections[0].Reason);
    }
}
