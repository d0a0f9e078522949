using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SupportOps.CommandCenter.Agents;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Security;
using static Microsoft.Playwright.Assertions;

namespace SupportOps.CommandCenter.BrowserTests.Pages;

/// <summary>The agent pickers read the roster from <c>GET /api/v1/agents</c>, so an agent added to the roster shows up in them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AgentPickerPageTests(BrowserFixture fixture)
{
    private const string NewAgentId = "agent-99";
    private const string NewAgentName = "Riley Novak";

    [Fact]
    public async Task AgentPickers_AgentAddedToTheRoster_AppearInTheInboxAndOverridePickers()
    {
        await AddAgentAsync();
        try
        {
            var page = await fixture.NewPageAsync(Roles.TeamLead);
            var roster = await page.APIRequest.GetAsync("/api/v1/agents");
            Assert.Contains(
                NewAgentId,
                JsonDocument.Parse(await roster.TextAsync()).RootElement.EnumerateArray().Select(a => a.GetProperty("agent_id").GetString()));

            await page.GotoAsync($"/inbox?assignee={NewAgentId}");
            await Expect(page.Locator("#inbox-table[data-loaded='true']")).ToHaveCountAsync(1);
            await Expect(page.Locator($"#f-assignee option[value='{NewAgentId}']")).ToHaveTextAsync($"{NewAgentName} ({NewAgentId})");
            await Expect(page.Locator("#f-assignee")).ToHaveValueAsync(NewAgentId); // the URL's assignee selects the roster's option
            await Expect(page.Locator($"#bulk-assignee option[value='{NewAgentId}']")).ToHaveTextAsync(NewAgentName);
            await BrowserFixture.ScreenshotAsync(page, "inbox-agent-picker-from-roster");

            var id = await TicketDetailPageTests.FirstTicketIdAsync(page, "status=open");
            await page.GotoAsync($"/tickets/{id}");
            await Expect(page.Locator($"#override-target option[value='{NewAgentId}']")).ToHaveTextAsync($"{NewAgentName} ({NewAgentId}, emea)");
            await page.Context.CloseAsync();
        }
        finally
        {
            await RemoveAgentAsync();
        }
    }

    private async Task AddAgentAsync()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>();
        db.Agents.Add(new AgentRecord
        {
            AgentId = NewAgentId,
            DisplayName = NewAgentName,
            Team = "emea",
            Skills = "general",
            Status = "online",
            Capacity = 6,
            ChannelCapacity = string.Empty,
            TimeZone = "Europe/Dublin",
            ShiftDays = "1,2,3,4,5",
            ShiftStartMinutes = 9 * 60,
            ShiftEndMinutes = 17 * 60,
        });
        await db.SaveChangesAsync();
    }

    private async Task RemoveAgentAsync()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CommandCenterDbContext>().Agents.Where(a => a.AgentId == NewAgentId).ExecuteDeleteAsync();
    }
}
