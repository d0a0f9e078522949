using SupportOps.RiskEvaluation.Calendars;
using SupportOps.RiskEvaluation.History;
using SupportOps.RiskEvaluation.Synthetic;
using SupportOps.RiskModel.Scoring;

namespace SupportOps.RiskEvaluation.Tests.Synthetic;

public sealed class SyntheticWorkloadTests
{
    private static readonly WeeklyBusinessCalendar Calendar = WeeklyBusinessCalendar.HelpdeskHours;

    private static string Csv(SyntheticWorkloadOptions options)
    {
        using var text = new StringWriter();
        HelpdeskLog.Write(text, SyntheticWorkload.Generate(options, Calendar));
        return text.ToString();
    }

    [Fact]
    public void Generate_Seed7With300Tickets_ReproducesTheCommittedFixture()
    {
        var expected = File.ReadAllText(FixturePath.Of("synthetic-helpdesk.csv")).ReplaceLineEndings("\n");

        Assert.Equal(expected, Csv(new SyntheticWorkloadOptions { Seed = 7, Tickets = 300 }).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Generate_SameSeed_SameTickets_OtherSeed_OtherTickets()
    {
        var options = new SyntheticWorkloadOptions { Seed = 3, Tickets = 200 };

        Assert.Equal(Csv(options), Csv(options));
        Assert.NotEqual(Csv(options), Csv(options with { Seed = 4 }));
    }

    [Fact]
    public void Generate_Tickets_AreConsistentHistories()
    {
        var sut = SyntheticWorkload.Generate(new SyntheticWorkloadOptions { Seed = 11, Tickets = 1_000 }, Calendar);

        Assert.Equal(1_000, sut.Length);
        Assert.All(sut, ticket =>
        {
            Assert.Equal(ticket.Events.Select(e => e.At).Order(), ticket.Events.Select(e => e.At));
            Assert.NotNull(ticket.FirstResponse);
            Assert.True(ticket.FirstResponse >= ticket.Created);
            Assert.True(Calendar.IsOpen(ticket.FirstResponse!.Value));
            Assert.True(ticket.Resolved > ticket.FirstResponse);
        });
        Assert.Equal(sut.Select(t => t.Created).Order(), sut.Select(t => t.Created));
    }

    [Fact]
    public void Generate_PriorityService_UrgentTicketsWaitLessThanLowOnes()
    {
        var sut = SyntheticWorkload.Generate(new SyntheticWorkloadOptions { Seed = 5, Tickets = 3_000 }, Calendar);

        double MeanWait(Priority priority) => sut
            .Where(t => t.Priority == priority)
            .Average(t => Calendar.BusinessTimeBetween(t.Created, t.FirstResponse!.Value).TotalHours);

        Assert.True(MeanWait(Priority.P0) < MeanWait(Priority.P3), $"P0 {MeanWait(Priority.P0):0.00} h, P3 {MeanWait(Priority.P3):0.00} h");
    }
}
