using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using SupportOps.CommandCenter.Tests.Providers;

namespace SupportOps.CommandCenter.Tests;

/// <summary>
/// The host against its own temporary SQLite file, with a fake clock at <see cref="Now"/>; seeded with
/// <see cref="SeededTickets"/> tickets when that is positive.
/// </summary>
public class CommandCenterFactory : WebApplicationFactory<Program>
{
    public static readonly Instant Now = Instant.FromUtc(2026, 3, 10, 15, 0); // a Tuesday, 11:00 in New York

    private TestDatabase? _database;

    public FakeClock Clock { get; } = new(Now);

    protected virtual int SeededTickets => 0;

    /// <summary>Gets the database the host runs on (SQLite unless a derived factory picks another provider).</summary>
    public TestDatabase Database => _database ??= CreateDatabase();

    /// <summary>Creates the host's database; PostgreSQL factories override this (and skip when PostgreSQL is not configured).</summary>
    protected virtual TestDatabase CreateDatabase() => new SqliteTestDatabase();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("CommandCenter:Database:Provider", Database.Provider);
        builder.UseSetting("CommandCenter:Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("CommandCenter:Seed:OnStartup", SeededTickets > 0 ? "true" : "false");
        builder.UseSetting("CommandCenter:Seed:Tickets", Math.Max(1, SeededTickets).ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("CommandCenter:Seed:Seed", "7");
        builder.UseSetting("CommandCenter:DemoUsers:Enabled", "true");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
            services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1_000); // fast hashing for tests only
            services.AddAuthentication(TestAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, _ => { });
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

/// <summary>The host with a seeded workload of 80 tickets (47 background, 33 injected SLA scenarios).</summary>
public class SeededCommandCenterFactory : CommandCenterFactory
{
    public const int Tickets = 80;

    protected override int SeededTickets => Tickets;
}
