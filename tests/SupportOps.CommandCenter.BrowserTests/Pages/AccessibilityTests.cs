using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using SupportOps.CommandCenter.Security;
using static Microsoft.Playwright.Assertions;

namespace SupportOps.CommandCenter.BrowserTests.Pages;

/// <summary>Runs the axe-core accessibility rules (WCAG 2.1 A and AA) on each page once its data has loaded.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    private const string Anonymous = "anonymous";

    [Theory]
    [InlineData(Roles.Agent, "/inbox", "#inbox-table[data-loaded='true']")]
    [InlineData(Roles.Agent, "/dashboards/agent", "#focus[data-loaded='true']")]
    [InlineData(Roles.Agent, "/tickets/T-000002", "#ticket[aria-busy='false']")]
    [InlineData(Roles.Executive, "/api-reference", "#api-reference[aria-busy='false']")]
    [InlineData(Roles.OpsManager, "/audit", "#audit-table[data-loaded='true']")]
    [InlineData(Anonymous, "/account/login", "#login-form")]
    public async Task Page_AxeRules_FindNoViolations(string role, string path, string ready)
    {
        var page = role == Anonymous ? await fixture.NewAnonymousPageAsync() : await fixture.NewPageAsync(role);
        await page.GotoAsync(path);
        await Expect(page.Locator(ready)).ToHaveCountAsync(1);

        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.NotEmpty(results.Passes);
        var violations = results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}").ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        await page.Context.CloseAsync();
    }
}
