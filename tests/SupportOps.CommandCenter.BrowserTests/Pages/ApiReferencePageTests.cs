using Microsoft.Playwright;
using SupportOps.CommandCenter.Security;
using static Microsoft.Playwright.Assertions;

namespace SupportOps.CommandCenter.BrowserTests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class ApiReferencePageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ApiReference_OpenApiDocument_ListsEndpointsAndFilters()
    {
        var page = await fixture.NewPageAsync(Roles.Executive);

        await page.GotoAsync("/api-reference");

        await Expect(page.Locator("#api-reference")).ToHaveAttributeAsync("aria-busy", "false");
        var list = page.Locator(".endpoint").Filter(new() { HasText = "/api/v1/tickets/{id}/events" });
        await Expect(list).ToHaveCountAsync(1);
        await Expect(list.Locator(".method")).ToHaveTextAsync("POST");
        await BrowserFixture.ScreenshotAsync(page, "api-reference");

        await page.GetByLabel("Filter endpoints").FillAsync("appendticketevents");
        await Expect(page.Locator(".endpoint:visible")).ToHaveCountAsync(0);
        await page.GetByLabel("Filter endpoints").FillAsync("append events");
        await Expect(page.Locator(".endpoint:visible")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }
}
