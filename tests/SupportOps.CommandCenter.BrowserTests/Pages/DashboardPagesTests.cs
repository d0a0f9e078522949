using Microsoft.Playwright;
using SupportOps.CommandCenter.Security;
using static Microsoft.Playwright.Assertions;

namespace SupportOps.CommandCenter.BrowserTests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class DashboardPagesTests(BrowserFixture fixture)
{
    public static TheoryData<string, string, string, string[], string[]> RoleHomes => new()
    {
        { Roles.Agent, "/dashboards/agent", "My focus queue", ["Focus queue", "Inbox"], ["Team workload", "Operations", "Executive report"] },
        { Roles.TeamLead, "/dashboards/team-lead", "Team workload", ["Focus queue", "Inbox", "Team workload"], ["Operations", "Executive report"] },
        { Roles.OpsManager, "/dashboards/operations", "Operations", ["Inbox", "Team workload", "Operations", "Executive report"], [] },
        { Roles.Executive, "/dashboards/executive", "Executive report", ["Inbox", "Executive report"], ["Focus queue", "Team workload", "Operations"] },
        { Roles.Admin, "/dashboards/operations", "Operations", ["Inbox", "Team workload", "Operations", "Executive report"], [] },
    };

    [Theory]
    [MemberData(nameof(RoleHomes))]
    public async Task SignIn_EachRole_LandsOnItsDashboardWithItsNavigation(string role, string path, string heading, string[] shown, string[] hidden)
    {
        var page = await fixture.NewPageAsync(role);

        await page.GotoAsync("/");

        Assert.Equal(path, new Uri(page.Url).AbsolutePath);
        await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await Expect(page.GetByTestId("current-role")).ToHaveTextAsync(role);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        foreach (var link in shown)
        {
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToBeVisibleAsync();
        }

        foreach (var link in hidden)
        {
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = link, Exact = true })).ToHaveCountAsync(0);
        }

        await BrowserFixture.ScreenshotAsync(page, $"dashboard-{role.ToLowerInvariant()}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AgentDashboard_FocusQueue_ShowsOnlyTheAgentsOpenTicketsBreachedFirst()
    {
        var page = await fixture.NewPageAsync(Roles.Agent);

        await page.GotoAsync("/dashboards/agent");
        await Expect(page.Locator("#focus[data-loaded='true']")).ToHaveCountAsync(1);

        var rows = page.Locator("#focus-rows tr");
        Assert.True(await rows.CountAsync() > 0, "agent-1 has open tickets in the seeded workload");
        var assignees = await page.Locator("#focus-rows tr td:nth-child(8)").AllInnerTextsAsync();
        Assert.All(assignees, a => Assert.Equal("agent-1", a.Trim()));
        var statuses = await page.Locator("#focus-rows tr td:nth-child(5)").AllInnerTextsAsync();
        Assert.DoesNotContain(statuses, s => s.Trim() is "Solved" or "Closed");
        var breached = await rows.EvaluateAllAsync<bool[]>("rows => rows.map(r => r.classList.contains('breached-row'))");
        var firstNotBreached = Array.IndexOf(breached, false);
        Assert.True(firstNotBreached < 0 || breached.Skip(firstNotBreached).All(b => !b), "breached rows come first");
        await BrowserFixture.ScreenshotAsync(page, "dashboard-agent-focus-queue");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OperationsDashboard_Agent_IsSentToAccessDenied()
    {
        var page = await fixture.NewPageAsync(Roles.Agent);

        await page.GotoAsync("/dashboards/operations");

        Assert.Equal("/account/access-denied", new Uri(page.Url).AbsolutePath);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Access denied");
        await page.Context.CloseAsync();
    }
}
