using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.CommandCenter.Security;
using SupportOps.CommandCenter.Seeding;

namespace SupportOps.CommandCenter.Tests.Security;

public sealed class DemoUsersTests(CommandCenterFactory factory) : IClassFixture<CommandCenterFactory>
{
    [Fact]
    public void All_OneUserPerRole_InRoleOrderWithDistinctDemoEmails()
    {
        Assert.Equal(Roles.All, DemoUsers.All.Select(u => u.Role));
        Assert.Equal(DemoUsers.All.Count, DemoUsers.All.Select(u => u.Email).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(DemoUsers.All, u => Assert.EndsWith("@" + DemoUsers.Domain, u.Email, StringComparison.Ordinal));
    }

    [Fact]
    public void All_AgentAndTeamLead_AreSeededAgentsWithTheirTeam()
    {
        foreach (var user in new[] { DemoUsers.Agent, DemoUsers.TeamLead })
        {
            var agent = Assert.Single(SeedGenerator.Agents, a => a.Id == user.AgentId);
            Assert.Equal(agent.Team, user.Team);
            Assert.Equal(agent.Name, user.DisplayName);
        }

        Assert.All(new[] { DemoUsers.OpsManager, DemoUsers.Executive, DemoUsers.Admin }, u => Assert.Null(u.AgentId));
    }

    [Theory]
    [InlineData(DemoUserOptions.DefaultPassword, true)]
    [InlineData("Demo-Pass-1", false)] // too short
    [InlineData("demo-password-1", false)] // no upper case
    [InlineData("Demo-Password-x", false)] // no digit
    [InlineData("DemoPassword12", false)] // no symbol
    [InlineData("Aa1!Aa1!Aa1!", false)] // too few distinct characters
    public async Task PasswordRules_Password_AcceptedOnlyWhenStrongEnough(string password, bool valid)
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CommandCenterUser>>();

        var results = await Task.WhenAll(users.PasswordValidators.Select(v => v.ValidateAsync(users, new CommandCenterUser(), password)));

        Assert.Equal(valid, results.All(r => r.Succeeded));
    }
}
