using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.LoadTests;

/// <summary>
/// The real host on Kestrel at a loopback port, against the given database, with a fixed clock and every
/// request signed in as <see cref="Roles.Admin"/> (the harness measures the API, not the sign-in).
/// </summary>
internal sealed class LoadTestHost(string provider, string connectionString, Instant now) : WebApplicationFactory<Program>
{
    public FakeClock Clock { get; } = new(now);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(FindContentRoot());
        builder.UseSetting("CommandCenter:Database:Provider", provider);
        builder.UseSetting("CommandCenter:Database:ConnectionString", connectionString);
        builder.UseSetting("CommandCenter:Seed:OnStartup", "false");

        // The harness runs each measured piece itself (the refresh is a phase): periodic jobs would compete with the
        // bulk import and the ingest phases for SQLite's single writer and blur every number.
        builder.UseSetting("CommandCenter:Background:Enabled", "false");
        builder.UseSetting("Adapters:Secrets:Zendesk:WebhookSigningSecret", ZendeskDeliveries.Secret);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(Clock);
            services.AddAuthentication(AdminAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, AdminAuthenticationHandler>(AdminAuthenticationHandler.SchemeName, _ => { });
        });
    }

    private static string FindContentRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples", "SupportOps.CommandCenter");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return AppContext.BaseDirectory;
    }

    public static LoadTestHost Start(string provider, string connectionString, Instant now)
    {
        var host = new LoadTestHost(provider, connectionString, now);
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        return host;
    }

    /// <summary>Signs every request in as an administrator.</summary>
    private sealed class AdminAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "LoadTest";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "load@test"), new Claim(ClaimTypes.Role, Roles.Admin)], SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
    }
}
