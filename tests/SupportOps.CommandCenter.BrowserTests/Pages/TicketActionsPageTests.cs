using Microsoft.Playwright;
using SupportOps.CommandCenter.Security;
using static Microsoft.Playwright.Assertions;

namespace SupportOps.CommandCenter.BrowserTests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class TicketActionsPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Summary_Regenerate_ShowsTheNewVersionAndKeepsTheOldOne()
    {
        var page = await fixture.NewPageAsync(Roles.Agent);
        var id = await TicketDetailPageTests.FirstTicketIdAsync(page, "status=open&sort=created");
        await page.GotoAsync($"/tickets/{id}");
        await Expect(page.Locator("#ticket-summary[data-loaded='true']")).ToHaveCountAsync(1);
        var before = await page.Locator("#summary-current .summary").CountAsync() == 0
            ? 0
            : int.Parse(await page.Locator("#summary-current .summary").GetAttributeAsync("data-version") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        await page.GetByRole(AriaRole.Button, new() { Name = before == 0 ? "Regenerate" : "Regenerate anyway", Exact = true }).ClickAsync();

        await Expect(page.Locator("#summary-current .summary")).ToHaveAttributeAsync("data-version", (before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator("#summary-current .summary-text")).Not.ToBeEmptyAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Regenerate anyway", Exact = true }).ClickAsync();
        await Expect(page.Locator("#summary-current .summary")).ToHaveAttributeAsync("data-version", (before + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator("#summary-history .summary-old")).ToHaveCountAsync(before + 1);
        await BrowserFixture.ScreenshotAsync(page, "ticket-detail-summary");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Routing_OverrideWithoutReason_IsRefusedThenAppliedWithOne()
    {
        var page = await fixture.NewPageAsync(Roles.TeamLead);
        var id = await TicketDetailPageTests.FirstTicketIdAsync(page, "status=open&sort=risk");
        await page.GotoAsync($"/tickets/{id}");
        await Expect(page.Locator("#ticket-routing[data-loaded='true']")).ToHaveCountAsync(1);
        var form = page.Locator("#override-form");

        await form.GetByLabel("Action").SelectOptionAsync("reassign_to_agent");
        await form.GetByLabel("Target").SelectOptionAsync("agent-6");
        await form.GetByRole(AriaRole.Button, new() { Name = "Apply override" }).ClickAsync();
        await Expect(page.Locator("#override-error")).ToHaveTextAsync("A reason is required to override routing.");

        await form.GetByLabel("Reason (required, audited)").FillAsync("Customer asked for Farid, who handled the last case");
        await form.GetByRole(AriaRole.Button, new() { Name = "Apply override" }).ClickAsync();

        await Expect(page.Locator("#ticket-routing .override")).ToContainTextAsync("agent-6");
        await Expect(page.Locator("#ticket-routing .override")).ToContainTextAsync("Customer asked for Farid");
        await Expect(page.Locator("#ticket-routing [data-testid='route-target']")).ToContainTextAsync("agent-6");
        await Expect(page.Locator("#ticket-timeline li[data-type='routing_override_applied']")).ToContainTextAsync("Customer asked for Farid");
        await Expect(page.Locator("#ticket-facts")).ToContainTextAsync("agent-6");
        await BrowserFixture.ScreenshotAsync(page, "ticket-detail-routing-override");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Routing_Agent_SeesTheDecisionButNoOverrideForm()
    {
        var page = await fixture.NewPageAsync(Roles.Agent);
        var id = await TicketDetailPageTests.FirstTicketIdAsync(page, "status=open");

        await page.GotoAsync($"/tickets/{id}");

        await Expect(page.Locator("#ticket-routing[data-loaded='true']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#override-form")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
