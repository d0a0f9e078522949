using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace SupportOps.CommandCenter.Tests.Security;

/// <summary>
/// The host with the REAL sign-in cookie as the default scheme (the base factory makes the test header
/// scheme the default); requests are signed out until they log in through <c>/api/v1/auth/login</c>.
/// </summary>
public class IdentityCommandCenterFactory : CommandCenterFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.Configure<AuthenticationOptions>(options => options.DefaultScheme = IdentityConstants.ApplicationScheme));
    }
}

/// <summary>The real-cookie host with the demo users switched off.</summary>
public sealed class NoDemoUsersCommandCenterFactory : IdentityCommandCenterFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CommandCenter:DemoUsers:Enabled", "false");
    }
}
