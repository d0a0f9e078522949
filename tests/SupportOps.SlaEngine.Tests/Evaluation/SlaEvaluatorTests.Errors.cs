using NodaTime;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Policies;
using static SupportOps.SlaEngine.Tests.Support.SlaFixtures;

namespace SupportOps.SlaEngine.Tests.Evaluation;

public sealed partial class SlaEvaluatorTests
{
    [Fact]
    public void Evaluate_NoOccurrences_ThrowsNamingTheMissingCreation()
    {
        var sut = Evaluator();

        var error = Assert.Throws<ArgumentException>(() => sut.Evaluate(Ticket(), Ny("2026-11-30 09:00")));

        Assert.Equal("occurrences", error.ParamName);
        Assert.Contains("TicketCreated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FirstOccurrenceNotCreation_ThrowsNamingIndexAndType()
    {
        var sut = Evaluator();

        var error = Assert.Throws<ArgumentException>(() => sut.Evaluate(Ticket(Reply("2026-11-30 09:00")), Ny("2026-11-30 10:00")));

        Assert.Contains("occurrences[0] must be a TicketCreated, but is a AgentReplied", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SecondCreation_ThrowsNamingIndexAndInstant()
    {
        var sut = Evaluator();

        var error = Assert.Throws<ArgumentException>(() => sut.Evaluate(Ticket(Created("2026-11-30 09:00"), Created("2026-11-30 10:00")), Ny("2026-11-30 11:00")));

        Assert.Contains("occurrences[1] is a second TicketCreated (at 2026-11-30T15:00:00Z)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OccurrencesOutOfOrder_ThrowsNamingBothInstants()
    {
        var sut = Evaluator();

        var error = Assert.Throws<ArgumentException>(() => sut.Evaluate(
            Ticket(Created("2026-11-30 09:00"), Reply("2026-11-30 11:00"), Customer("2026-11-30 10:00")),
            Ny("2026-11-30 12:00")));

        Assert.Contains("occurrences[2].At is 2026-11-30T15:00:00Z, before occurrences[1].At 2026-11-30T16:00:00Z", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OccurrenceBeforeCreation_ThrowsNamingCreation()
    {
        var sut = Evaluator();

        var error = Assert.Throws<ArgumentException>(() => sut.Evaluate(Ticket(Created("2026-11-30 09:00"), Customer("2026-11-30 08:00")), Ny("2026-11-30 12:00")));

        Assert.Contains("occurrences[1].At is 2026-11-30T13:00:00Z, before the ticket's creation at 2026-11-30T14:00:00Z", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownStatus_ThrowsNamingFieldAndValue()
    {
        var sut = Evaluator();

        var error = Assert.Throws<ArgumentException>(() => sut.Evaluate(Ticket(Created("2026-11-30 09:00"), Status("2026-11-30 10:00", (TicketStatus)42)), Ny("2026-11-30 12:00")));

        Assert.Contains("occurrences[1].Status has the unknown value 42", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownPriorityAtCreation_ThrowsNamingFieldAndValue()
    {
        var sut = Evaluator();

        var error = Assert.Throws<ArgumentException>(() => sut.Evaluate(Ticket(Created("2026-11-30 09:00", (Priority)9)), Ny("2026-11-30 12:00")));

        Assert.Contains("occurrences[0].Priority has the unknown value 9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NullOccurrence_ThrowsNamingIndex()
    {
        var sut = Evaluator();

        var error = Assert.Throws<ArgumentNullException>(() => sut.Evaluate(new TicketOccurrence[] { Created("2026-11-30 09:00"), null! }, Ny("2026-11-30 12:00")));

        Assert.Contains("occurrences[1] is null", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NowBeforeLastOccurrence_ThrowsNamingNow()
    {
        var sut = Evaluator();

        var error = Assert.Throws<ArgumentException>(() => sut.Evaluate(Ticket(Created("2026-11-30 09:00"), Reply("2026-11-30 10:00")), Ny("2026-11-30 09:30")));

        Assert.Equal("now", error.ParamName);
        Assert.Contains("now is 2026-11-30T14:30:00Z, before the last occurrence at 2026-11-30T15:00:00Z", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ReopenOfOpenTicket_ThrowsNamingStatus()
    {
        var sut = Evaluator();

        var error = Assert.Throws<ArgumentException>(() => sut.Evaluate(Ticket(Created("2026-11-30 09:00"), Reopened("2026-11-30 10:00")), Ny("2026-11-30 12:00")));

        Assert.Contains("occurrences[1] reopens the ticket, but its status is new", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_StatusChangeAfterClosed_Throws()
    {
        var sut = Evaluator();

        var error = Assert.Throws<ArgumentException>(() => sut.Evaluate(
            Ticket(Created("2026-11-30 09:00"), Status("2026-11-30 10:00", TicketStatus.Closed), Status("2026-11-30 11:00", TicketStatus.Open)),
            Ny("2026-11-30 12:00")));

        Assert.Contains("occurrences[2] changes the status to open, but the ticket is closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ClosedTwice_SecondIsIgnored()
    {
        var sut = Evaluator();

        var state = sut.Evaluate(
            Ticket(Created("2026-11-30 09:00"), Status("2026-11-30 10:00", TicketStatus.Closed), Status("2026-11-30 11:00", TicketStatus.Closed)),
            Ny("2026-11-30 12:00"));

        Assert.Equal(TicketStatus.Closed, state.Status);
    }

    [Fact]
    public void Constructor_PolicyNamesUnknownCalendar_ThrowsNamingPolicyAndCalendar()
    {
        var policies = new SlaPolicySetBuilder().Default("standard", p => p.UseCalendar("paris").FirstResponse(t => t.Target(Duration.FromHours(1)))).Build();

        var error = Assert.Throws<ArgumentException>(() => new SlaEvaluator(policies, SupportOps.SlaEngine.Tests.Support.SlaFixtures.Calendars));

        Assert.Contains("Policy 'standard' field calendar names the unknown calendar 'paris'; known calendars: london, new-york", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TimerNamesUnknownCalendar_ThrowsNamingTimerAndCalendar()
    {
        var policies = new SlaPolicySetBuilder().Default("standard", p => p.FirstResponse(t => t.Target(Duration.FromHours(1)).OnCalendar("tokyo"))).Build();

        var error = Assert.Throws<ArgumentException>(() => new SlaEvaluator(policies, SupportOps.SlaEngine.Tests.Support.SlaFixtures.Calendars));

        Assert.Contains("timer first_response field calendar names the unknown calendar 'tokyo'", error.Message, StringComparison.Ordinal);
    }
}
