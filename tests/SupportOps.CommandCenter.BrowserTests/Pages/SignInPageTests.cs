using Microsoft.Playwright;
using SupportOps.CommandCenter.Security;
using static Microsoft.Playwright.Assertions;

namespace SupportOps.CommandCenter.BrowserTests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class SignInPageTests(BrowserFixture fixture)
{
    public static TheoryData<string, string, string> DemoSignIns => new()
    {
        { Roles.Agent, "/dashboards/agent", "My focus queue" },
        { Roles.TeamLead, "/dashboards/team-lead", "Team workload" },
        { Roles.OpsManager, "/dashboards/operations", "Operations" },
        { Roles.Executive, "/dashboards/executive", "Executive report" },
        { Roles.Admin, "/dashboards/operations", "Operations" },
    };

    [Theory]
    [MemberData(nameof(DemoSignIns))]
    public async Task SignIn_DemoUserOfEachRole_LandsOnTheRolesDashboard(string role, string path, string heading)
    {
        var user = DemoUsers.All.Single(u => u.Role == role);
        var page = await fixture.NewAnonymousPageAsync();

        await page.GotoAsync("/");
        Assert.Equal("/account/login", new Uri(page.Url).AbsolutePath);
        await page.GetByLabel("Email").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(DemoUserOptions.DefaultPassword);
        await BrowserFixture.ScreenshotAsync(page, "sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{path}$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await Expect(page.GetByTestId("current-role")).ToHaveTextAsync(role);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsTheErrorAndStaysSignedOut()
    {
        var page = await fixture.NewAnonymousPageAsync();
        await page.GotoAsync("/account/login");

        await page.GetByLabel("Email").FillAsync(DemoUsers.Agent.Email);
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.Locator("#login-error")).ToHaveTextAsync("The email or password is not right.");
        var response = await page.APIRequest.GetAsync("/api/v1/auth/me");
        Assert.Equal(401, response.Status);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignOut_FromTheHeader_ReturnsToTheSignInPage()
    {
        var page = await fixture.NewPageAsync(Roles.Executive);
        await page.GotoAsync("/dashboards/executive");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login$"));
        await page.GotoAsync("/inbox");
        Assert.Equal("/account/login", new Uri(page.Url).AbsolutePath);
        await page.Context.CloseAsync();
    }
}
