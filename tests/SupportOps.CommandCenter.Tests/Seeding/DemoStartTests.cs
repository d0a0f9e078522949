using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.Adapters.Registry;
using SupportOps.CommandCenter.Ingest;

namespace SupportOps.CommandCenter.Tests.Seeding;

/// <summary>
/// The demo start (Development): the seeded workload, and no polling of the mock adapters' January
/// fixtures, whose old timestamps would make them the longest-breached tickets at the top of the inbox.
/// </summary>
public sealed class DemoStartTests
{
    [Fact]
    public async Task DevelopmentStart_MockFixturesNotPolled_InboxShowsTheSeededWorkload()
    {
        using var factory = new DevelopmentFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<AdapterRegistry>();

        var runs = await scope.ServiceProvider.GetRequiredService<IngestJob>().PollAllAsync();
        using var client = factory.CreateClient();
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/tickets?limit=50");

        Assert.All(registry.Sources, s => Assert.False(registry.Resolve(s).IsAvailable, $"{s} would poll its fixtures at the demo start"));
        Assert.Empty(runs);
        var ids = page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("ticket_id").GetString()!).ToList();
        Assert.Equal(50, ids.Count);
        Assert.All(ids, id => Assert.StartsWith("T-", id, StringComparison.Ordinal));
    }

    /// <summary>The Development configuration (appsettings.Development.json) with a seeded workload and no hosted services.</summary>
    private sealed class DevelopmentFactory : SeededCommandCenterFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
            builder.UseSetting("CommandCenter:Background:Enabled", "false");
        }
    }
}
