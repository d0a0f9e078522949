using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodaTime;
using SupportOps.CommandCenter.Audit;
using SupportOps.CommandCenter.Security;
using static Microsoft.Playwright.Assertions;

namespace SupportOps.CommandCenter.BrowserTests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class AuditPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AuditPage_Filters_ShowOnlyMatchingEntriesAndExportTheSameFilters()
    {
        const string Actor = "filters@test.supportops";
        await WriteAsync(Actor, 6, i => (i % 2 == 0 ? "test.even" : "test.odd", $"ticket:T-AUDIT-{i % 3}"));
        var page = await fixture.NewPageAsync(Roles.OpsManager);
        await page.GotoAsync("/audit");
        await LoadedAsync(page);

        await page.GetByLabel("Actor").FillAsync(Actor);
        await page.GetByLabel("Action").FillAsync("test.even");
        await page.GetByLabel("Entity").FillAsync("ticket:T-AUDIT-0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await LoadedAsync(page);

        // i = 0 and i = 3 have entity T-AUDIT-0; only i = 0 is even
        await Expect(page.Locator("#audit-rows tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#audit-rows tr td").Nth(5)).ToHaveTextAsync("entry 0");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("actor=filters%40test.supportops&action=test.even&target=ticket%3AT-AUDIT-0"));

        await page.GetByLabel("Action").FillAsync(string.Empty);
        await page.GetByLabel("Entity").FillAsync(string.Empty);
        await page.GetByLabel("From (UTC, inclusive)").FillAsync("2026-03-10T14:02");
        await page.GetByLabel("To (UTC, exclusive)").FillAsync("2026-03-10T14:05");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await LoadedAsync(page);

        await Expect(page.Locator("#audit-rows tr")).ToHaveCountAsync(3);
        var shown = await page.Locator("#audit-rows tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.cells[5].textContent)");
        Assert.Equal(["entry 4", "entry 3", "entry 2"], shown);
        await BrowserFixture.ScreenshotAsync(page, "audit-filtered");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV (same filters)" }).ClickAsync());
        var path = Path.Combine(BrowserFixture.ScreenshotDirectory, "..", "downloads", download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var lines = (await File.ReadAllTextAsync(path)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,at,actor,action,target,before,after", lines[0]);
        Assert.Equal(["entry 2", "entry 3", "entry 4"], lines.Skip(1).Select(l => l[(l.LastIndexOf(',') + 1)..]));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AuditPage_Paging_OlderAndNewerWalkTheKeysetPages()
    {
        const string Actor = "paging@test.supportops";
        await WriteAsync(Actor, 30, _ => ("test.paging", "settings:test"));
        var page = await fixture.NewPageAsync(Roles.Admin);

        await page.GotoAsync($"/audit?actor={Uri.EscapeDataString(Actor)}&limit=25");
        await LoadedAsync(page);
        await Expect(page.Locator("#audit-rows tr")).ToHaveCountAsync(25);
        await Expect(page.Locator("#audit-rows tr").First.Locator("td").Nth(5)).ToHaveTextAsync("entry 29");
        await Expect(page.Locator("#audit-newer")).ToBeDisabledAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Older entries" }).ClickAsync();
        await LoadedAsync(page);
        await Expect(page.Locator("#audit-rows tr")).ToHaveCountAsync(5);
        await Expect(page.Locator("#audit-rows tr").First.Locator("td").Nth(5)).ToHaveTextAsync("entry 4");
        await Expect(page.Locator("#audit-older")).ToBeDisabledAsync();
        await BrowserFixture.ScreenshotAsync(page, "audit-older-page");

        await page.GetByRole(AriaRole.Button, new() { Name = "Newer entries" }).ClickAsync();
        await LoadedAsync(page);
        await Expect(page.Locator("#audit-rows tr").First.Locator("td").Nth(5)).ToHaveTextAsync("entry 29");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(Roles.Agent)]
    [InlineData(Roles.TeamLead)]
    [InlineData(Roles.Executive)]
    public async Task AuditPage_RoleWithoutAuditRead_IsSentToAccessDeniedAndHasNoLink(string role)
    {
        var page = await fixture.NewPageAsync(role);

        await page.GotoAsync("/audit");

        Assert.Equal("/account/access-denied", new Uri(page.Url).AbsolutePath);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Audit log" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    private static Task LoadedAsync(IPage page) => Expect(page.Locator("#audit-table[data-loaded='true']")).ToHaveCountAsync(1);

    private async Task WriteAsync(string actor, int count, Func<int, (string Action, string Target)> shape)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        var start = Instant.FromUtc(2026, 3, 10, 14, 0);
        for (var i = 0; i < count; i++)
        {
            var (action, target) = shape(i);
            await log.WriteAsync(new AuditEntry(start + Duration.FromMinutes(i), actor, action, target, null, $"entry {i}"), default);
        }
    }
}
