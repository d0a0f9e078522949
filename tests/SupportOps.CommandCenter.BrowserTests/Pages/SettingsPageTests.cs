using Microsoft.Playwright;
using SupportOps.CommandCenter.Security;
using static Microsoft.Playwright.Assertions;

namespace SupportOps.CommandCenter.BrowserTests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class SettingsPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Settings_RoutingPolicyDryRun_ShowsLinterFindingsAndTheReplay()
    {
        var page = await fixture.NewPageAsync(Roles.Admin);
        await page.GotoAsync("/settings");
        await Expect(page.Locator("#settings[data-loaded='true']")).ToHaveCountAsync(1);
        Assert.StartsWith("{", (await page.GetByLabel("JSON").InputValueAsync()).TrimStart(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Dry run on recent tickets" }).ClickAsync();

        await Expect(page.Locator("#dry-run-result h3")).ToContainTextAsync("would be routed differently");
        await BrowserFixture.ScreenshotAsync(page, "settings-dry-run");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Settings_BrokenJson_IsNotSent()
    {
        var page = await fixture.NewPageAsync(Roles.Admin);
        await page.GotoAsync("/settings");
        await Expect(page.Locator("#settings[data-loaded='true']")).ToHaveCountAsync(1);

        await page.GetByLabel("JSON").FillAsync("{ \"rules\": [ ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as the next version" }).ClickAsync();

        await Expect(page.Locator("#settings-result .error")).ToContainTextAsync("The text is not valid JSON");
        await Expect(page.Locator("#settings-version")).ToContainTextAsync("Version");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Settings_EditedValidRoutingPolicy_IsSavedAsTheNextVersion()
    {
        var page = await fixture.NewPageAsync(Roles.Admin);
        await page.GotoAsync("/settings");
        await Expect(page.Locator("#settings[data-loaded='true']")).ToHaveCountAsync(1);
        await page.GetByLabel("Document", new() { Exact = true }).SelectOptionAsync("routing-policy");
        await Expect(page.Locator("#settings[data-loaded='true']")).ToHaveCountAsync(1);

        // A real edit: the same policy under a new version name (a changed policy must change its version).
        await page.Locator("#settings-json").EvaluateAsync("e => { const d = JSON.parse(e.value); d.version = d.version + '-ui'; e.value = JSON.stringify(d, null, 2); }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as the next version" }).ClickAsync();

        await Expect(page.Locator("#save-result")).ToContainTextAsync("Saved version");
        await page.ReloadAsync();
        await page.GetByLabel("Document", new() { Exact = true }).SelectOptionAsync("routing-policy");
        await Expect(page.Locator("#settings-json")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("-ui\""));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Settings_InvalidDocument_ShowsTheServersErrorsAndSavesNothing()
    {
        var page = await fixture.NewPageAsync(Roles.Admin);
        await page.GotoAsync("/settings");
        await Expect(page.Locator("#settings[data-loaded='true']")).ToHaveCountAsync(1);
        await page.GetByLabel("Document", new() { Exact = true }).SelectOptionAsync("sla-policies");
        await Expect(page.Locator("#settings[data-loaded='true']")).ToHaveCountAsync(1);
        var version = await page.Locator("#settings-version").InnerTextAsync();

        await page.GetByLabel("JSON").FillAsync("{\"policies\": 42}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as the next version" }).ClickAsync();

        await Expect(page.Locator(".settings-errors")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "settings-invalid");
        await page.ReloadAsync();
        await page.GetByLabel("Document", new() { Exact = true }).SelectOptionAsync("sla-policies");
        await Expect(page.Locator("#settings-version")).ToHaveTextAsync(version);
        await page.Context.CloseAsync();
    }
}
