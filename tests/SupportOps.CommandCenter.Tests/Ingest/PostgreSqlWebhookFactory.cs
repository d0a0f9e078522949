using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.CommandCenter.Tests.Background;
using SupportOps.CommandCenter.Tests.Providers;

namespace SupportOps.CommandCenter.Tests.Ingest;

/// <summary>The host on a fresh PostgreSQL database with the Zendesk webhook secret and extra services (skipped without PostgreSQL outside CI).</summary>
/// <param name="services">Registers the test's services.</param>
public sealed class PostgreSqlWebhookFactory(Action<IServiceCollection> services) : CommandCenterFactory
{
    protected override TestDatabase CreateDatabase() => new PostgreSqlTestDatabase();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Adapters:Secrets:Zendesk:WebhookSigningSecret", WorkerFactory.ZendeskSecret);
        builder.ConfigureTestServices(services);
    }
}
