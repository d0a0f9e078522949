using System.Globalization;
using Microsoft.Playwright;
using SupportOps.CommandCenter.Security;
using static Microsoft.Playwright.Assertions;

namespace SupportOps.CommandCenter.BrowserTests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class InboxPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Inbox_Default_BreachedRowsFirstWithNegativeRedCountdowns()
    {
        var page = await fixture.NewPageAsync(Roles.Agent, "agent-1");

        await page.GotoAsync("/inbox");
        await WaitForRowsAsync(page);

        var first = page.Locator("#inbox-rows tr").First;
        await Expect(first).ToHaveClassAsync("breached-row");
        var countdown = first.Locator(".countdown");
        await Expect(countdown).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("\\bbreached\\b"));
        Assert.StartsWith("-", await countdown.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("rgb(179, 38, 30)", await countdown.EvaluateAsync<string>("e => getComputedStyle(e).color"));
        var breached = await page.Locator("#inbox-rows tr").EvaluateAllAsync<bool[]>("rows => rows.map(r => r.classList.contains('breached-row'))");
        var firstNotBreached = Array.IndexOf(breached, false);
        Assert.True(firstNotBreached > 0 && breached.Skip(firstNotBreached).All(b => !b), "breached rows come first, then the rest");
        await Expect(first.Locator(".reasons li").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "inbox-default");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Inbox_SortByRisk_RowsInDescendingRiskOrder()
    {
        var page = await fixture.NewPageAsync(Roles.TeamLead);
        await page.GotoAsync("/inbox");
        await WaitForRowsAsync(page);

        await page.GetByLabel("Sort").SelectOptionAsync("risk");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("sort=risk"));
        await WaitForRowsAsync(page);

        var risks = (await page.Locator("#inbox-rows tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.risk)"))
            .Select(r => double.Parse(r, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(50, risks.Count);
        Assert.Equal(risks.OrderDescending(), risks);
        Assert.True(risks[0] > risks[^1], "the seeded workload has a spread of risk");
        await Expect(page.Locator("#inbox-rows tr").First.Locator(".risk")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("risk-critical"));
        await BrowserFixture.ScreenshotAsync(page, "inbox-sorted-by-risk");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Inbox_FilterByChannelAndStatus_ShowsOnlyMatchingTicketsAndKeepsThemInTheUrl()
    {
        var page = await fixture.NewPageAsync(Roles.Agent, "agent-1");
        await page.GotoAsync("/inbox");
        await WaitForRowsAsync(page);

        await page.GetByLabel("Channel").SelectOptionAsync("email");
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("open");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("channel=email.*status=open|status=open.*channel=email"));
        await WaitForRowsAsync(page);

        var channels = await page.Locator("#inbox-rows tr td:nth-child(7)").AllInnerTextsAsync();
        var statuses = await page.Locator("#inbox-rows tr td:nth-child(6)").AllInnerTextsAsync();
        Assert.NotEmpty(channels);
        Assert.All(channels, c => Assert.Equal("Email", c.Trim()));
        Assert.All(statuses, s => Assert.Equal("Open", s.Trim()));
        await BrowserFixture.ScreenshotAsync(page, "inbox-filtered");

        await page.ReloadAsync();
        await Expect(page.GetByLabel("Channel")).ToHaveValueAsync("email");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Inbox_NextPage_AppendsTheFollowingKeysetPage()
    {
        var page = await fixture.NewPageAsync(Roles.Admin);
        await page.GotoAsync("/inbox?sort=created");
        await WaitForRowsAsync(page);
        Assert.Equal(50, await page.Locator("#inbox-rows tr").CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Load next page" }).ClickAsync();

        await Expect(page.Locator("#inbox-rows tr")).ToHaveCountAsync(BrowserHostFactory.Tickets);
        var ids = await page.Locator("#inbox-rows tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.ticketId)");
        Assert.Equal(ids.Length, ids.Distinct().Count());
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Load next page" })).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Inbox_BulkAssign_AssignsEverySelectedTicket()
    {
        var page = await fixture.NewPageAsync(Roles.TeamLead);
        await page.GotoAsync("/inbox?assignee=agent-3");
        await WaitForRowsAsync(page);
        var selected = (await page.Locator("#inbox-rows tr").EvaluateAllAsync<string[]>("rows => rows.slice(0, 2).map(r => r.dataset.ticketId)")).ToList();
        Assert.Equal(2, selected.Count);

        foreach (var id in selected)
        {
            await page.GetByLabel($"Select {id}", new() { Exact = true }).CheckAsync();
        }

        await page.GetByLabel("Assign to").SelectOptionAsync("agent-8");
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign", Exact = true }).ClickAsync();
        await Expect(page.Locator("#toast")).ToContainTextAsync("Assigned 2 ticket(s).");

        foreach (var id in selected)
        {
            var response = await page.APIRequest.GetAsync($"/api/v1/tickets/{id}");
            Assert.Equal(200, response.Status);
            Assert.Contains("\"assignee\":\"agent-8\"", await response.TextAsync(), StringComparison.Ordinal);
        }

        await page.Context.CloseAsync();
    }

    private static Task WaitForRowsAsync(IPage page)
        => Expect(page.Locator("#inbox-table[data-loaded='true'] #inbox-rows tr").First).ToBeVisibleAsync();
}
