using System.Text.Json;
using Microsoft.Playwright;
using SupportOps.CommandCenter.Security;
using static Microsoft.Playwright.Assertions;

namespace SupportOps.CommandCenter.BrowserTests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class TicketDetailPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TicketDetail_BreachedTicket_ShowsTimelineTimersAndRiskReasons()
    {
        var page = await fixture.NewPageAsync(Roles.Agent);
        var id = await FirstTicketIdAsync(page, "breached=true&sort=due");

        await page.GotoAsync("/inbox?breached=true");
        await page.Locator($"#inbox-rows tr[data-ticket-id='{id}'] a").ClickAsync();

        Assert.EndsWith($"/tickets/{id}", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("#ticket")).ToHaveAttributeAsync("aria-busy", "false");
        await Expect(page.Locator("#ticket-timeline li").First).ToBeVisibleAsync();
        await Expect(page.Locator("#ticket-timeline li[data-type='ticket_created']")).ToContainTextAsync("Ticket created");
        var breachedTimer = page.Locator(".timer.timer-breached").First;
        await Expect(breachedTimer.Locator(".chip")).ToHaveTextAsync("Breached");
        Assert.StartsWith("-", await breachedTimer.Locator(".countdown").InnerTextAsync(), StringComparison.Ordinal);
        await Expect(page.Locator("#ticket-risk .risk")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("risk-critical"));
        await Expect(page.Locator("#ticket-risk .reasons li[data-code='ALREADY_BREACHED']")).ToHaveTextAsync("SLA already breached");
        await BrowserFixture.ScreenshotAsync(page, "ticket-detail-breached");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TicketDetail_PausedTicket_ShowsThePausedTimer()
    {
        var page = await fixture.NewPageAsync(Roles.Agent);
        var id = await FirstTicketIdAsync(page, "status=pending_customer");

        await page.GotoAsync($"/tickets/{id}");

        await Expect(page.Locator("#ticket")).ToHaveAttributeAsync("aria-busy", "false");
        await Expect(page.Locator(".timer.timer-paused").First).ToContainTextAsync("paused since");
        await Expect(page.Locator("#ticket-timeline li[data-type='status_changed']").Last).ToContainTextAsync("Pending customer");
        await BrowserFixture.ScreenshotAsync(page, "ticket-detail-paused");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TicketDetail_UnknownTicket_ShowsTheProblem()
    {
        var page = await fixture.NewPageAsync(Roles.Agent);

        await page.GotoAsync("/tickets/T-does-not-exist");

        await Expect(page.Locator("#ticket-error")).ToContainTextAsync("There is no ticket 'T-does-not-exist'.");
        await page.Context.CloseAsync();
    }

    internal static async Task<string> FirstTicketIdAsync(IPage page, string filter)
    {
        var response = await page.APIRequest.GetAsync($"/api/v1/tickets?{filter}&limit=1");
        Assert.Equal(200, response.Status);
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("items")[0].GetProperty("ticket_id").GetString()!;
    }
}
