using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.Tests.Security;

public sealed class IdentityInitializerTests(IdentityCommandCenterFactory factory) : IClassFixture<IdentityCommandCenterFactory>
{
    [Fact]
    public async Task StartAsync_DemoUsersEnabled_CreatesEveryRoleAndDemoUserWithItsClaims()
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CommandCenterUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();

        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), (await roles.Roles.Select(r => r.Name!).ToListAsync()).Order(StringComparer.Ordinal));
        foreach (var demo in DemoUsers.All)
        {
            var user = await users.FindByEmailAsync(demo.Email);
            Assert.NotNull(user);
            Assert.Equal([demo.Role], await users.GetRolesAsync(user));
            var claims = (await users.GetClaimsAsync(user)).ToDictionary(c => c.Type, c => c.Value);
            Assert.Equal(demo.AgentId, claims.GetValueOrDefault(CommandCenterClaims.AgentId));
            Assert.Equal(demo.Team, claims.GetValueOrDefault(CommandCenterClaims.Team));
            Assert.True(await users.CheckPasswordAsync(user, DemoUserOptions.DefaultPassword));
        }
    }

    [Fact]
    public async Task StartAsync_RunAgainAfterTheDemoUserWasChanged_RestoresItWithoutDuplicates()
    {
        _ = factory.Server;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CommandCenterUser>>();
            var user = (await users.FindByEmailAsync(DemoUsers.TeamLead.Email))!;
            Assert.True((await users.ChangePasswordAsync(user, DemoUserOptions.DefaultPassword, "Changed-Password-2")).Succeeded);
            Assert.True((await users.RemoveFromRoleAsync(user, Roles.TeamLead)).Succeeded);
            Assert.True((await users.ReplaceClaimAsync(user, (await users.GetClaimsAsync(user)).Single(c => c.Type == CommandCenterClaims.AgentId), new(CommandCenterClaims.AgentId, "agent-9"))).Succeeded);
        }

        var sut = factory.Services.GetServices<IHostedService>().OfType<IdentityInitializer>().Single();
        await sut.StartAsync(CancellationToken.None);
        await sut.StartAsync(CancellationToken.None);

        using var client = factory.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = DemoUsers.TeamLead.Email, password = DemoUserOptions.DefaultPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var me = await login.ReadAsync<Models.CurrentUser>();
        Assert.Equal([Roles.TeamLead], me.Roles);
        Assert.Equal(DemoUsers.TeamLead.AgentId, me.AgentId);
        await using var check = factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        Assert.Equal(DemoUsers.All.Count, await db.Users.CountAsync(u => u.Email!.EndsWith("@" + DemoUsers.Domain)));
        Assert.Equal(Roles.All.Count, await db.Roles.CountAsync());
        Assert.Equal(2, await db.UserClaims.CountAsync(c => c.UserId == db.Users.Single(u => u.Email == DemoUsers.TeamLead.Email).Id));
    }

    [Theory]
    [InlineData(null, "Development", true)]
    [InlineData(null, "Production", false)]
    [InlineData(null, "Testing", false)]
    [InlineData(true, "Production", true)]
    [InlineData(false, "Development", false)]
    public void DemoUsersEnabled_OptionAndEnvironment_UnsetMeansDevelopmentOnly(bool? enabled, string environment, bool expected)
    {
        var options = new DemoUserOptions { Enabled = enabled };
        var host = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = environment };

        Assert.Equal(expected, IdentityInitializer.DemoUsersEnabled(options, host));
    }
}

public sealed class IdentityInitializerDisabledTests(NoDemoUsersCommandCenterFactory factory) : IClassFixture<NoDemoUsersCommandCenterFactory>
{
    [Fact]
    public async Task StartAsync_DemoUsersDisabled_CreatesRolesButNoUsers()
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();

        Assert.Equal(Roles.All.Count, await db.Roles.CountAsync());
        Assert.False(await db.Users.AnyAsync());
        using var login = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = DemoUsers.Admin.Email, password = DemoUserOptions.DefaultPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }
}
