using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.CommandCenter.Background;
using SupportOps.CommandCenter.Outbox;
using SupportOps.CommandCenter.Tests.Background;
using SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Tests.Outbox;

public sealed class SlaNotificationJobTests
{
    // Created Tuesday 11:00 New York; a standard p2 first response (240 business minutes) is due 15:00.
    private static readonly Instant Created = CommandCenterFactory.Now;
    private static readonly Instant TuesdayEveningNewYork = Instant.FromUtc(2026, 3, 11, 0, 0); // 20:00 EDT
    private static readonly Instant WednesdayOpening = Instant.FromUtc(2026, 3, 11, 13, 0); // 09:00 EDT

    [Fact]
    public async Task ScanAsync_NonUrgentBreachAtNight_WaitsForTheNextBusinessOpening()
    {
        using var factory = new WorkerFactory();
        await Tickets.CreateAsync(factory, "T-p2", Priority.P2, Created);
        factory.Clock.Reset(TuesdayEveningNewYork);

        var enqueued = await RefreshAndScanAsync(factory);

        Assert.Equal(2, enqueued);
        var rows = await OutboxDispatchJobTests.RowsAsync(factory);
        Assert.Equal(["email", "slack"], rows.Select(r => r.Channel).Order());
        Assert.All(rows, r => Assert.Equal((OutboxKinds.SlaBreach, "T-p2", WednesdayOpening.ToUnixTimeTicks()), (r.Kind, r.TicketId!, r.NotBeforeTicks)));
        Assert.All(rows, r => Assert.StartsWith("[P2] SLA breached: first_response on T-p2", r.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScanAsync_UrgentBreachAtNight_GoesOutAtOnce()
    {
        using var factory = new WorkerFactory();
        await Tickets.CreateAsync(factory, "T-p0", Priority.P0, Created);
        factory.Clock.Reset(TuesdayEveningNewYork);

        await RefreshAndScanAsync(factory);

        var rows = await OutboxDispatchJobTests.RowsAsync(factory);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(TuesdayEveningNewYork.ToUnixTimeTicks(), r.NotBeforeTicks));
    }

    [Fact]
    public async Task ScanAsync_RunAgainOrAfterMoreRefreshes_NeverEnqueuesTheSameNotificationTwice()
    {
        using var factory = new WorkerFactory();
        await Tickets.CreateAsync(factory, "T-p2", Priority.P2, Created);
        factory.Clock.Reset(TuesdayEveningNewYork);
        await RefreshAndScanAsync(factory);

        factory.Clock.Advance(Duration.FromMinutes(10));
        var again = await RefreshAndScanAsync(factory);

        Assert.Equal(0, again);
        Assert.Equal(2, (await OutboxDispatchJobTests.RowsAsync(factory)).Count);
    }

    [Fact]
    public async Task ScanAsync_TimerDueWithinTheWarningWindow_EnqueuesOneSlackWarning()
    {
        using var factory = new WorkerFactory();
        await Tickets.CreateAsync(factory, "T-p3", Priority.P3, Created); // 480 business minutes: due Wednesday 11:00 EDT
        factory.Clock.Reset(Instant.FromUtc(2026, 3, 11, 14, 45)); // Wednesday 10:45 EDT

        Assert.Equal(1, await RefreshAndScanAsync(factory));

        var row = Assert.Single(await OutboxDispatchJobTests.RowsAsync(factory));
        Assert.Equal((OutboxKinds.SlaWarning, "slack", factory.Clock.GetCurrentInstant().ToUnixTimeTicks()), (row.Kind, row.Channel, row.NotBeforeTicks));
        Assert.Equal($"sla:T-p3:first_response:{Instant.FromUtc(2026, 3, 11, 15, 0).ToUnixTimeTicks()}:warning:slack", row.MessageKey);
    }

    [Fact]
    public async Task ScanAsync_TimerFarFromDue_EnqueuesNothing()
    {
        using var factory = new WorkerFactory();
        await Tickets.CreateAsync(factory, "T-p3", Priority.P3, Created);

        Assert.Equal(0, await RefreshAndScanAsync(factory));
    }

    private static async Task<int> RefreshAndScanAsync(CommandCenterFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SlaRefreshJob>().RunOnceAsync(CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<SlaNotificationJob>().ScanAsync();
    }
}
