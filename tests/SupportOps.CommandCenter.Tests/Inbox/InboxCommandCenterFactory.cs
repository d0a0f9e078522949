using Microsoft.AspNetCore.Hosting;

namespace SupportOps.CommandCenter.Tests.Inbox;

/// <summary>The seeded host with the live-update poller ticking every 100 ms and heartbeats every 200 ms, so live-update tests are quick.</summary>
public sealed class InboxCommandCenterFactory : CommandCenterFactory
{
    protected override int SeededTickets => SeededCommandCenterFactory.Tickets;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CommandCenter:Inbox:PollInterval", "00:00:00.100");
        builder.UseSetting("CommandCenter:Inbox:HeartbeatInterval", "00:00:00.200");
    }
}
