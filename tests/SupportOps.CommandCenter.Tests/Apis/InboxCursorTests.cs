using SupportOps.CommandCenter.Apis;

namespace SupportOps.CommandCenter.Tests.Apis;

public sealed class InboxCursorTests
{
    [Theory]
    [InlineData((int)InboxSort.Triage, new long[] { 1, 638_000_000_000_000_000, 2 }, "T-1")]
    [InlineData((int)InboxSort.Risk, new long[] { 4_636_737_291_354_636_288 }, "T-000042")]
    [InlineData((int)InboxSort.Waiting, new long[] { long.MaxValue }, "id|with|pipes")]
    [InlineData((int)InboxSort.Created, new long[] { -5 }, "ü")]
    public void TryDecode_EncodedCursor_RoundTrips(int sortValue, long[] keys, string ticketId)
    {
        var sort = (InboxSort)sortValue;
        var sut = new InboxCursor(sort, keys, ticketId);

        Assert.True(InboxCursor.TryDecode(sut.Encode(), out var decoded));
        Assert.Equal(sort, decoded!.Sort);
        Assert.Equal(keys, decoded.Keys);
        Assert.Equal(ticketId, decoded.TicketId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 !")]
    [InlineData("MHwxfA")] // "0|1|": triage needs three keys and a ticket id
    [InlineData("MHwxfFQtMQ")] // "0|1|T-1": triage with one key
    [InlineData("OXwxfFQtMQ")] // "9|1|T-1": no such sort
    [InlineData("MXx4fFQtMQ")] // "1|x|T-1": key is not a number
    public void TryDecode_Garbage_ReturnsFalse(string text)
    {
        Assert.False(InboxCursor.TryDecode(text, out var cursor));
        Assert.Null(cursor);
    }
}
