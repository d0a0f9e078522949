using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.CommandCenter.Outbox;
using SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Tests.Background;

public sealed class PeriodicJobServiceTests
{
    [Fact]
    public async Task HostedServices_AppendOfABreachedTicket_NudgeTheScanAndTheDispatcherSendsTheNotification()
    {
        using var factory = new WorkerFactory(settings: new Dictionary<string, string?>
        {
            ["CommandCenter:Background:Enabled"] = "true",
            ["CommandCenter:Background:AppendNudgeDelay"] = "00:00:00.100",
            ["CommandCenter:Background:OutboxInterval"] = "00:00:00.200",
            ["CommandCenter:Background:SlaRefreshInterval"] = "01:00:00",
            ["CommandCenter:Background:IngestInterval"] = "01:00:00",
            ["CommandCenter:Background:ReconciliationInterval"] = "01:00:00",
            ["CommandCenter:Background:ExecutiveReportCheckInterval"] = "01:00:00",
            ["CommandCenter:ExecutiveReport:Enabled"] = "false",
        });
        var log = factory.Services.GetRequiredService<MockNotificationLog>();

        // Created two days ago: its first response is breached the moment it is appended.
        await Tickets.CreateAsync(factory, "T-late", Priority.P1, CommandCenterFactory.Now - Duration.FromDays(2));

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (log.Count < 2 && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(50);
        }

        Assert.Equal(["T-late:breach:email", "T-late:breach:slack"], log.Delivered.Select(m => $"{m.TicketId}:{string.Join(':', m.MessageKey.Split(':')[^2..])}").Order(StringComparer.Ordinal));
    }
}
