using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace SupportOps.CommandCenter.BrowserTests;

/// <summary>
/// The real host on Kestrel at 127.0.0.1 on a free port, against its own temporary SQLite file,
/// seeded with <see cref="Tickets"/> tickets, with a fake clock at <see cref="Now"/> and the demo users
/// of every role (signing in goes through ASP.NET Core Identity, as in production).
/// </summary>
public sealed class BrowserHostFactory : WebApplicationFactory<Program>
{
    public const int Tickets = 80;

    public static readonly Instant Now = Instant.FromUtc(2026, 3, 10, 15, 0); // a Tuesday, 11:00 in New York

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"commandcenter-browser-{Path.GetRandomFileName()}.db");

    public BrowserHostFactory()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public FakeClock Clock { get; } = new(Now);

    /// <summary>Starts the server and returns its address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("CommandCenter:Database:ConnectionString", $"Data Source={_path};Pooling=False");
        builder.UseSetting("CommandCenter:Seed:OnStartup", "true");
        builder.UseSetting("CommandCenter:Seed:Tickets", Tickets.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("CommandCenter:Seed:Seed", "7");
        builder.UseSetting("CommandCenter:DemoUsers:Enabled", "true");
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
