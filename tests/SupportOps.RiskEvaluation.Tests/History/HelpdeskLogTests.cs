using NodaTime;
using SupportOps.RiskEvaluation.History;
using SupportOps.RiskModel.Scoring;

namespace SupportOps.RiskEvaluation.Tests.History;

public sealed class HelpdeskLogTests
{
    private static HelpdeskLogImport ReadFixture()
    {
        using var reader = new StreamReader(FixturePath.Of("import-rules.csv"));
        return HelpdeskLog.Read(reader);
    }

    [Fact]
    public void Read_ImportRules_DropsExactDuplicatesAndKeepsEveryTicket()
    {
        var sut = ReadFixture();

        Assert.Equal((11, 1), (sut.Rows, sut.DuplicateRows));
        Assert.Equal(["Case1", "Case2"], sut.Tickets.Select(t => t.Id));
        Assert.Equal(7, sut.Tickets[1].Events.Length);
    }

    [Fact]
    public void Read_Timestamps_AreNaiveWallClockDigits()
    {
        var ticket = ReadFixture().Tickets[0];

        Assert.Equal(Instant.FromUtc(2010, 3, 26, 8, 40, 25), ticket.Created);
    }

    [Fact]
    public void Read_RowsOutOfOrder_CreatedIsTheFirstEventInTime()
    {
        var ticket = ReadFixture().Tickets[1];

        Assert.Equal(Instant.FromUtc(2010, 3, 26, 16, 30), ticket.Created);
        Assert.Equal(ticket.Events.Select(e => e.At).Order(), ticket.Events.Select(e => e.At));
    }

    [Fact]
    public void Read_ReopenedTicket_FirstResponseAndResolutionAreTheFirstOnes()
    {
        var ticket = ReadFixture().Tickets[1];

        Assert.Equal(Instant.FromUtc(2010, 3, 29, 9, 0), ticket.FirstResponse);
        Assert.Equal(Instant.FromUtc(2010, 3, 30, 11, 0), ticket.Resolved);
    }

    [Fact]
    public void Read_NeverTakenInCharge_HasNoFirstResponseAndLeavesTheQueueAtItsLastEvent()
    {
        var ticket = ReadFixture().Tickets[0];

        Assert.Null(ticket.FirstResponse);
        Assert.Equal(Instant.FromUtc(2010, 4, 10, 9, 10), ticket.LeftQueue(TimerKind.FirstResponse));
        Assert.Equal(Instant.FromUtc(2010, 3, 26, 9, 10), ticket.LeftQueue(TimerKind.Resolution));
    }

    [Theory]
    [InlineData(2010, 3, 27, 12, TicketStatus.New, null)]
    [InlineData(2010, 3, 29, 9, TicketStatus.Open, "Value 2")]
    [InlineData(2010, 3, 29, 10, TicketStatus.PendingCustomer, "Value 2")]
    [InlineData(2010, 3, 31, 9, TicketStatus.Open, "Value 3")]
    public void StateAt_UsesOnlyEventsUpToThatInstant(int year, int month, int day, int hour, TicketStatus status, string? assignee)
    {
        var ticket = ReadFixture().Tickets[1];

        Assert.Equal((status, assignee), ticket.StateAt(Instant.FromUtc(year, month, day, hour, 0)));
    }

    [Fact]
    public void Write_ThenRead_RoundTripsTheEvents()
    {
        var original = ReadFixture().Tickets;
        using var text = new StringWriter();

        HelpdeskLog.Write(text, original);
        using var reader = new StringReader(text.ToString());
        var sut = HelpdeskLog.Read(reader);

        Assert.Equal(original.SelectMany(t => t.Events), sut.Tickets.SelectMany(t => t.Events));
    }
}
