using System.Collections.Immutable;
using NodaTime;
using SupportOps.RiskEvaluation.Calendars;
using SupportOps.RiskEvaluation.History;
using SupportOps.RiskEvaluation.Replay;

namespace SupportOps.RiskEvaluation.Tests.Replay;

public sealed class RiskReplayTests
{
    private static readonly ReplayOptions SmallLogOptions = new()
    {
        FirstResponseTarget = Duration.FromHours(4),
        ResolutionTarget = Duration.FromHours(22),
        Horizons = [Duration.FromHours(2), Duration.FromHours(1)],
        RateWindow = Duration.FromHours(11),
    };

    private readonly RiskReplay sut = new(WeeklyBusinessCalendar.HelpdeskHours, SmallLogOptions);

    private static ImmutableArray<HistoricalTicket> Fixture()
    {
        using var reader = new StreamReader(FixturePath.Of("synthetic-helpdesk.csv"));
        return HelpdeskLog.Read(reader).Tickets;
    }

    [Fact]
    public void Run_SmallSyntheticCsv_ReportsEverySchemeForBothTimers()
    {
        var results = sut.Run(Fixture());

        Assert.Equal(
            [
                (TimerKind.FirstResponse, "2 h before due"), (TimerKind.FirstResponse, "1 h before due"), (TimerKind.FirstResponse, "snapshots every 1 business h"),
                (TimerKind.Resolution, "2 h before due"), (TimerKind.Resolution, "1 h before due"), (TimerKind.Resolution, "snapshots every 1 business h"),
            ],
            results.Select(r => (r.Timer, r.Scheme)));
        Assert.All(results, r =>
        {
            Assert.True(r.Points > 0, r.Scheme);
            Assert.InRange(r.Breaches, 1, r.Points - 1);
            Assert.InRange(r.AucForecast, 0, 1);
            Assert.InRange(r.AucRisk, 0, 1);
            Assert.InRange(r.BrierForecast, 0, 1);
            Assert.InRange(r.MeanForecast, 0, 1);
        });
    }

    [Fact]
    public void Run_FixedHorizons_TimeOnlyBaselineIsDegenerate()
    {
        // Every point of a fixed horizon has the same remaining time, so ranking by time alone is a coin toss.
        var results = sut.Run(Fixture());

        Assert.All(results.Where(r => r.Scheme.EndsWith("before due", StringComparison.Ordinal)), r =>
        {
            Assert.Equal(0.5, r.AucTimeOnly);
            Assert.Equal((double)r.Breaches / r.Points, r.TopTimeOnly.Precision, 10);
        });
        Assert.All(results.Where(r => r.Scheme.StartsWith("snapshots", StringComparison.Ordinal)), r => Assert.NotEqual(0.5, r.AucTimeOnly));
    }

    [Fact]
    public void Run_SameTickets_SameResults()
    {
        Assert.Equal(sut.Run(Fixture()), sut.Run(Fixture()));
    }

    [Fact]
    public void Run_QueueThatNeverServesInTime_ForecastsCertainBreach()
    {
        // Ticket B waits behind A; nobody responds for two days, so both first-response timers (4 h) breach and with
        // no completions in the trailing window the forecaster says 1 for every point.
        var monday = Instant.FromUtc(2026, 3, 2, 9, 0);
        ImmutableArray<TicketEvent> Events(Instant created, Instant response) =>
            [new(created, TicketEvent.AssignSeriousness, "triage"), new(response, TicketEvent.TakeInCharge, "agent"), new(response + Duration.FromHours(1), TicketEvent.Resolve, "agent")];
        var warmUp = new HistoricalTicket("W", "q", Events(monday - Duration.FromDays(7), monday - Duration.FromDays(7) + Duration.FromMinutes(5)));
        var a = new HistoricalTicket("A", "q", Events(monday, monday + Duration.FromDays(2)));
        var b = new HistoricalTicket("B", "q", Events(monday + Duration.FromMinutes(1), monday + Duration.FromDays(2) + Duration.FromMinutes(1)));

        var results = sut.Run([warmUp, a, b]);
        var horizon = results.First(r => r.Timer == TimerKind.FirstResponse && r.Scheme == "2 h before due");

        Assert.Equal((2, 2), (horizon.Points, horizon.Breaches));
        Assert.Equal(1.0, horizon.MeanForecast);
    }
}
