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
        var page = await fixture.NewPageAsync(Roles.Agent);

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
        var page = await fixture.NewPageAsync(Roles.Agent);
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

    [Fact]
    public async Task Inbox_Search_ShowsOnlyMatchingTickets()
    {
        var page = await fixture.NewPageAsync(Roles.Agent);
        await page.GotoAsync("/inbox");
        await WaitForRowsAsync(page);

        await page.GetByLabel("Search").FillAsync("T-000002");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=T-000002"));
        await Expect(page.Locator("#inbox-rows tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#inbox-rows tr").First).ToHaveAttributeAsync("data-ticket-id", "T-000002");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Inbox_SavedView_IsListedWithItsCountAndRestoresItsFilters()
    {
        var page = await fixture.NewPageAsync(Roles.TeamLead);
        await page.GotoAsync("/inbox");
        await WaitForRowsAsync(page);
        await page.GetByLabel("Channel").SelectOptionAsync("chat");
        await page.GetByLabel("SLA", new() { Exact = true }).SelectOptionAsync("true");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("breached=true"));

        // The view's count must equal the tickets the same filters list (the table reloads asynchronously,
        // so the expected number comes from the API, and the table is checked to agree with it).
        var response = await page.APIRequest.GetAsync("/api/v1/tickets?channel=chat&breached=true&limit=200");
        Assert.Equal(200, response.Status);
        using var json = System.Text.Json.JsonDocument.Parse(await response.TextAsync());
        var rows = json.RootElement.GetProperty("items").GetArrayLength();
        Assert.True(rows > 0, "the seeded workload has breached chats");
        await Expect(page.Locator("#inbox-rows tr")).ToHaveCountAsync(rows);

        await page.GetByLabel("Save the current filters as").FillAsync("Breached chats");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save view" }).ClickAsync();
        var view = page.Locator("#saved-views li").Filter(new() { HasText = "Breached chats" });
        await Expect(view.Locator(".count")).ToHaveTextAsync(rows.ToString(CultureInfo.InvariantCulture));
        await BrowserFixture.ScreenshotAsync(page, "inbox-saved-view");

        await page.GetByRole(AriaRole.Button, new() { Name = "Clear" }).ClickAsync();
        await Expect(page.GetByLabel("Channel")).ToHaveValueAsync("");
        await view.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page.GetByLabel("Channel")).ToHaveValueAsync("chat");
        await Expect(page.GetByLabel("SLA", new() { Exact = true })).ToHaveValueAsync("true");
        await WaitForRowsAsync(page);
        await Expect(page.Locator("#inbox-rows tr")).ToHaveCountAsync(rows);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Inbox_EventAppendedElsewhere_UpdatesTheRowLive()
    {
        var page = await fixture.NewPageAsync(Roles.Agent);
        await page.GotoAsync("/inbox?status=open&priority=p3");
        await WaitForRowsAsync(page);
        await Expect(page.Locator("#live-status[data-state='live']")).ToHaveCountAsync(1);
        var row = page.Locator("#inbox-rows tr").First;
        var id = await row.GetAttributeAsync("data-ticket-id");
        var version = long.Parse((await row.GetAttributeAsync("data-version"))!, CultureInfo.InvariantCulture);

        var response = await page.APIRequest.PostAsync($"/api/v1/tickets/{id}/events", new()
        {
            DataObject = new Dictionary<string, object>
            {
                ["expected_version"] = version,
                ["events"] = new object[]
                {
                    new Dictionary<string, object>
                    {
                        ["event"] = new Dictionary<string, object> { ["type"] = "priority_changed", ["to"] = "p0" },
                        ["occurred_at"] = "2026-03-10T14:59:00Z",
                        ["actor"] = new Dictionary<string, object> { ["kind"] = "agent", ["id"] = "agent-2" },
                        ["source"] = "api",
                        ["dedupe_key"] = $"browser-test:{id}:p0",
                    },
                },
            },
        });
        Assert.Equal(200, response.Status);

        var updated = page.Locator($"#inbox-rows tr[data-ticket-id='{id}']");
        await Expect(updated.Locator("td:nth-child(5)")).ToHaveTextAsync("P0");
        await Expect(updated).ToHaveAttributeAsync("data-version", (version + 1).ToString(CultureInfo.InvariantCulture));
        await page.Context.CloseAsync();
    }

    private static Task WaitForRowsAsync(IPage page)
        => Expect(page.Locator("#inbox-table[data-loaded='true'] #inbox-rows tr").First).ToBeVisibleAsync();
}
