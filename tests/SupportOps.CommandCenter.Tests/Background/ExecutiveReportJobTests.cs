using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.Analytics;
using SupportOps.Analytics.Inputs;
using SupportOps.Analytics.Reports;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.EventTimeline.Serialization;
using SupportOps.SlaEngine.Evaluation;
using NodaTime;
using SupportOps.CommandCenter.Background;
using SupportOps.CommandCenter.Outbox;
using SupportOps.CommandCenter.Tests.Outbox;

namespace SupportOps.CommandCenter.Tests.Background;

public sealed class ExecutiveReportJobTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Theory]
    [InlineData("2026-03-16T12:00:00Z", "2026-03-16", "2026-03-16T12:00:00Z")] // Monday 08:00 EDT exactly: this week's slot
    [InlineData("2026-03-16T11:59:00Z", "2026-03-09", "2026-03-09T12:00:00Z")] // a minute before: last week's
    [InlineData("2026-03-10T15:00:00Z", "2026-03-09", "2026-03-09T12:00:00Z")] // Tuesday
    [InlineData("2026-03-09T11:00:00Z", "2026-03-02", "2026-03-02T13:00:00Z")] // DST Monday 07:00 EDT: last week's slot was 08:00 EST
    public void LatestSlot_AtVariousInstants_ReturnsTheMostRecentLocalMondayEight(string now, string week, string at)
    {
        var (slotWeek, slotAt) = ExecutiveReportJob.LatestSlot(Parse(now), NewYork, IsoDayOfWeek.Monday, new LocalTime(8, 0));

        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(week).Value, slotWeek);
        Assert.Equal(Parse(at), slotAt);
    }

    [Fact]
    public async Task DeliverDueAsync_AfterTheSlot_EnqueuesTheReportToEmailAndSlackOncePerWeek()
    {
        using var factory = new WorkerFactory(seeded: 20);

        var first = await DeliverAsync(factory);
        var again = await DeliverAsync(factory);
        factory.Clock.Advance(Duration.FromDays(3)); // Friday: still the same week
        var sameWeek = await DeliverAsync(factory);
        factory.Clock.Reset(Instant.FromUtc(2026, 3, 16, 12, 0)); // next Monday 08:00 EDT
        var nextWeek = await DeliverAsync(factory);

        Assert.Equal(new LocalDate(2026, 3, 9), first);
        Assert.Null(again);
        Assert.Null(sameWeek);
        Assert.Equal(new LocalDate(2026, 3, 16), nextWeek);
        var rows = await OutboxDispatchJobTests.RowsAsync(factory);
        Assert.Equal(
            ["executive-report:2026-03-09:email", "executive-report:2026-03-09:slack", "executive-report:2026-03-16:email", "executive-report:2026-03-16:slack"],
            rows.Select(r => r.MessageKey).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(OutboxKinds.ExecutiveReport, r.Kind));
        var email = rows.First(r => r.Channel == "email");
        Assert.Equal("executives@example.com", email.Recipient);
        Assert.Contains("week to 2026-03-09", email.Subject, StringComparison.Ordinal);
        Assert.Contains("#", email.Body, StringComparison.Ordinal); // Markdown from the analytics renderer
    }

    [Fact]
    public async Task DeliverDueAsync_ReadingOnlyOpenAndRecentTickets_RendersTheSameReportAsAllEvents()
    {
        using var factory = new WorkerFactory(seeded: 60);
        factory.Clock.Advance(Duration.FromDays(6)); // Monday 2026-03-16 11:00 EDT: the week to 03-16, most seeded tickets long closed or older
        await DeliverAsync(factory);
        var sent = (await OutboxDispatchJobTests.RowsAsync(factory)).Single(r => r.Channel == "email");

        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var at = Instant.FromUtc(2026, 3, 16, 12, 0);
        var payloads = await services.GetRequiredService<CommandCenterDbContext>().Events.AsNoTracking().Where(e => e.OccurredAtTicks < at.ToUnixTimeTicks()).Select(e => e.Payload).ToListAsync();
        var evaluator = services.GetRequiredService<SlaEvaluator>();
        var all = TicketHistory.GroupByTicket(payloads.Select(TimelineJson.Deserialize)).Select(h => h.WithSla(evaluator, at));
        var calendar = services.GetRequiredService<BusinessHoursGate>().Calendar;
        var expected = services.GetRequiredService<HealthReportGenerator>().Generate(all, AnalyticsPeriod.Week(at - Duration.FromDays(7), calendar), at, title: "Support health, week to 2026-03-16");

        Assert.Equal(MarkdownReportRenderer.Render(expected), sent.Body);
    }

    [Fact]
    public async Task DeliverDueAsync_Disabled_EnqueuesNothing()
    {
        using var factory = new WorkerFactory(settings: new Dictionary<string, string?> { ["CommandCenter:ExecutiveReport:Enabled"] = "false" });

        Assert.Null(await DeliverAsync(factory));
        Assert.Empty(await OutboxDispatchJobTests.RowsAsync(factory));
    }

    private static async Task<LocalDate?> DeliverAsync(CommandCenterFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ExecutiveReportJob>().DeliverDueAsync();
    }

    private static Instant Parse(string text) => NodaTime.Text.InstantPattern.ExtendedIso.Parse(text).Value;
}
