using SupportOps.CommandCenter.Security;
using static Microsoft.Playwright.Assertions;

namespace SupportOps.CommandCenter.BrowserTests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class OperationsDashboardPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task OperationsDashboard_Loaded_ShowsChartsAndTheWorkersTables()
    {
        var page = await fixture.NewPageAsync(Roles.OpsManager);

        await page.GotoAsync("/dashboards/operations");

        await Expect(page.Locator("#dashboard[data-loaded='true']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#dashboard-error")).ToBeHiddenAsync();
        await Expect(page.Locator("canvas[data-ready='true']")).ToHaveCountAsync(6);
        await Expect(page.Locator("#integrations tbody tr").First).ToBeVisibleAsync();
        await Expect(page.Locator("#outbox")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "dashboard-operations-full");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OperationsDashboard_ClickOnTheBreachedBar_OpensTheBreachedTickets()
    {
        var page = await fixture.NewPageAsync(Roles.OpsManager);
        await page.GotoAsync("/dashboards/operations");
        await Expect(page.Locator("#chart-sla-by-timer[data-ready='true']")).ToHaveCountAsync(1);

        var index = await ExecutiveDashboardPageTests.LargestPointAsync(page, "chart-sla-by-timer", 1);
        await ExecutiveDashboardPageTests.ClickPointAsync(page, "chart-sla-by-timer", dataset: 1, index);

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/inbox\\?drilldown="));
        await Expect(page.Locator("#drill-banner")).ToContainTextAsync("sla breached");
        await Expect(page.Locator("#inbox-table[data-loaded='true'] #inbox-rows tr").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TeamLeadDashboard_Loaded_ShowsWorkloadPerAgentAndSuggestions()
    {
        var page = await fixture.NewPageAsync(Roles.TeamLead);

        await page.GotoAsync("/dashboards/team-lead");

        await Expect(page.Locator("#dashboard[data-loaded='true']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#dashboard-error")).ToBeHiddenAsync();
        await Expect(page.Locator("#agents tbody tr")).ToHaveCountAsync(8);
        await Expect(page.Locator("canvas[data-ready='true']")).ToHaveCountAsync(2);
        await Expect(page.Locator("#suggestions")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "dashboard-team-lead-workload");
        await page.Context.CloseAsync();
    }
}
