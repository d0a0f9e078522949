using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.CommandCenter.Rollups;
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
        Assert.StartsWith("# Support health report: 2026-03-02 to 2026-03-08", email.Body, StringComparison.Ordinal); // the rollup report of the seven days before the slot
    }

    [Fact]
    public async Task DeliverDueAsync_ForASeededWeek_StoresTheReportTheEndpointShowsForThatWeek()
    {
        using var factory = new WorkerFactory(seeded: 60);
        factory.Clock.Advance(Duration.FromDays(6)); // Monday 2026-03-16 11:00 EDT: the week 03-09..03-15
        await DeliverAsync(factory);
        var rows = await OutboxDispatchJobTests.RowsAsync(factory);
        var email = rows.Single(r => r.Channel == "email");
        var slack = rows.Single(r => r.Channel == "slack");

        using var client = factory.CreateClient();
        var markdown = await client.GetStringAsync("/api/v1/reports/executive.md?period=2026-03-09..2026-03-15");
        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/reports/executive?period=2026-03-09..2026-03-15");

        Assert.Equal(markdown, email.Body);
        Assert.StartsWith("# Support health report: 2026-03-09 to 2026-03-15", email.Body, StringComparison.Ordinal);
        Assert.Equal(email.Body.Length <= 3000 ? email.Body : email.Body[..3000] + "\n… (full report by email)", slack.Body);
        var created = json.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "volume.created");
        Assert.True(created.GetProperty("current").GetDouble() > 0, "the seeded week has created tickets");
        Assert.Contains(FormattableString.Invariant($"| {created.GetProperty("current").GetDouble()} |"), email.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-16T12:00:00Z", "2026-03-09..2026-03-15")] // Monday 08:00 EDT: Monday to Sunday before it
    [InlineData("2026-03-09T12:00:00Z", "2026-03-02..2026-03-08")] // across the DST change
    [InlineData("2026-03-13T02:00:00Z", "2026-03-05..2026-03-11")] // Thursday 22:00 EDT: the seven days before Thursday
    public void PeriodOf_ASlot_IsTheSevenWholeLocalDaysBeforeItsDay(string slot, string expected)
    {
        var calendar = ReportingCalendar.Load(Path.Combine(AppContext.BaseDirectory, "Configuration"));

        Assert.Equal(expected, ExecutiveReportJob.PeriodOf(Parse(slot), calendar));
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
