using System.Net;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SupportOps.CommandCenter.Models;

namespace SupportOps.CommandCenter.Tests.Apis;

public partial class TicketsApiTests
{
    public static TheoryData<string, string> SortsAndFilters()
    {
        var data = new TheoryData<string, string>();
        foreach (var sort in new[] { "triage", "risk", "due", "created", "waiting" })
        {
            data.Add(sort, string.Empty);
            data.Add(sort, "&status=new,open&status=on_hold");
            data.Add(sort, "&breached=false&priority=p1,p2");
        }

        return data;
    }

    [SkippableFact]
    public async Task ListTickets_NoSort_UsesTriageOrder()
    {
        var byDefault = (await GetPageAsync("/api/v1/tickets?limit=200")).Items.Select(t => t.TicketId);
        var triage = (await GetPageAsync("/api/v1/tickets?sort=triage&limit=200")).Items.Select(t => t.TicketId);

        Assert.Equal(triage, byDefault);
    }

    [SkippableFact]
    public async Task ListTickets_SortByTriage_BreachedThenSoonestDueThenPriorityThenTicketId()
    {
        var items = (await GetPageAsync("/api/v1/tickets?sort=triage&limit=200")).Items;

        Assert.Contains(items, t => t.Breached);
        Assert.True(items[0].Breached);
        for (var i = 1; i < items.Count; i++)
        {
            Assert.True(TriageCompare(items[i - 1], items[i]) < 0, $"{items[i - 1].TicketId} before {items[i].TicketId}");
        }
    }

    [SkippableFact]
    public async Task ListTickets_SortByWaiting_OldestWaitingFirstAndTicketsNobodyWaitsOnLast()
    {
        var items = (await GetPageAsync("/api/v1/tickets?sort=waiting&limit=200")).Items;

        var waiting = items.TakeWhile(t => t.WaitingSince is not null).ToList();
        Assert.NotEmpty(waiting);
        Assert.All(items.Skip(waiting.Count), t => Assert.Null(t.WaitingSince));
        Assert.All(waiting, t => Assert.Contains(t.Status, new[] { "new", "open", "on_hold" }));
        Assert.All(items.Where(t => t.Status is not ("new" or "open" or "on_hold")), t => Assert.Null(t.WaitingSince));
        var since = waiting.Select(t => Parse(t.WaitingSince!)).ToList();
        Assert.Equal(since.Order(), since);
    }

    [SkippableTheory]
    [MemberData(nameof(SortsAndFilters))]
    public async Task ListTickets_PagingThroughEverySortAndFilter_ReturnsEachMatchingTicketExactlyOnce(string sort, string filter)
    {
        var all = (await GetPageAsync($"/api/v1/tickets?sort={sort}&limit=200{filter}")).Items.Select(t => t.TicketId).ToList();
        var paged = new List<string>();
        string? cursor = null;
        do
        {
            var page = await GetPageAsync($"/api/v1/tickets?sort={sort}&limit=3{filter}" + (cursor is null ? string.Empty : $"&cursor={cursor}"));
            paged.AddRange(page.Items.Select(t => t.TicketId));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.NotEmpty(all);
        Assert.Equal(all, paged);
        Assert.Equal(paged.Count, paged.Distinct(StringComparer.Ordinal).Count());
    }

    [SkippableFact]
    public async Task ListTickets_EveryRow_CarriesCountdownAgainstTheRequestClock()
    {
        var now = factory.Clock.GetCurrentInstant();
        var items = (await GetPageAsync("/api/v1/tickets?limit=200")).Items;

        Assert.All(items, t =>
        {
            if (t.SlaDueAt is null)
            {
                Assert.Null(t.SlaRemainingSeconds);
                return;
            }

            var expected = (long)Math.Floor((Parse(t.SlaDueAt) - now).TotalSeconds);
            Assert.Equal(expected, t.SlaRemainingSeconds);
            Assert.Equal(t.Breached, t.SlaRemainingSeconds < 0);
        });
        Assert.Contains(items, t => t.SlaRemainingSeconds < 0);
        Assert.Contains(items, t => t.SlaRemainingSeconds > 0);
        Assert.All(items, t => Assert.NotNull(t.Requester));
    }

    [SkippableFact]
    public async Task ListTickets_MultiValueFilters_MatchAnyValueWithinADimensionAndAllDimensions()
    {
        var all = (await GetPageAsync("/api/v1/tickets?limit=200")).Items;

        var filtered = (await GetPageAsync("/api/v1/tickets?limit=200&channel=email&channel=chat,web&priority=p0,p1")).Items;

        var expected = all.Where(t => t.Channel is "email" or "chat" or "web" && t.Priority is "p0" or "p1").Select(t => t.TicketId);
        Assert.NotEmpty(filtered);
        Assert.Equal(expected, filtered.Select(t => t.TicketId));
    }

    [SkippableTheory]
    [InlineData("triage")]
    [InlineData("risk")]
    public async Task ListTickets_SeveralStatusesWithAnIndexedSort_EqualsFilteringTheWholeOrder(string sort)
    {
        var all = (await GetPageAsync($"/api/v1/tickets?sort={sort}&limit=200")).Items;

        var filtered = (await GetPageAsync($"/api/v1/tickets?sort={sort}&limit=200&status=open,new,pending_customer")).Items;

        var expected = all.Where(t => t.Status is "open" or "new" or "pending_customer").Select(t => t.TicketId).ToList();
        Assert.True(expected.Count > 10);
        Assert.Equal(expected, filtered.Select(t => t.TicketId));
    }

    [SkippableFact]
    public async Task ListTickets_AssigneeUnassignedAndAgent_ReturnsBoth()
    {
        var all = (await GetPageAsync("/api/v1/tickets?limit=200")).Items;
        var agent = all.First(t => t.Assignee is not null).Assignee!;

        var unassigned = (await GetPageAsync("/api/v1/tickets?limit=200&assignee=unassigned")).Items;
        var both = (await GetPageAsync($"/api/v1/tickets?limit=200&assignee=unassigned,{agent}")).Items;

        Assert.NotEmpty(unassigned);
        Assert.Equal(all.Where(t => t.Assignee is null).Select(t => t.TicketId), unassigned.Select(t => t.TicketId));
        Assert.Equal(all.Where(t => t.Assignee is null || t.Assignee == agent).Select(t => t.TicketId), both.Select(t => t.TicketId));
    }

    [SkippableFact]
    public async Task ListTickets_AssigneeMe_UsesTheAgentIdClaim()
    {
        var all = (await GetPageAsync("/api/v1/tickets?limit=200")).Items;
        var agent = all.First(t => t.Assignee is not null).Assignee!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/tickets?limit=200&assignee=me");
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, "Agent");
        request.Headers.Add(TestAuthenticationHandler.AgentHeader, agent);

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mine = (await response.ReadAsync<TicketPage>()).Items;
        Assert.NotEmpty(mine);
        Assert.Equal(all.Where(t => t.Assignee == agent).Select(t => t.TicketId), mine.Select(t => t.TicketId));
    }

    [SkippableFact]
    public async Task ListTickets_AssigneeMeWithoutAgentId_Returns400NamingAssignee()
    {
        var response = await _client.GetAsync("/api/v1/tickets?assignee=me");

        await AssertProblemNamesAsync(response, "assignee");
    }

    [SkippableFact]
    public async Task ListTickets_SearchSubjectWord_MatchesCaseInsensitively()
    {
        var all = (await GetPageAsync("/api/v1/tickets?limit=200")).Items;
        var word = all.Select(t => t.Subject!).SelectMany(s => s.Split(' ')).First(w => w.Length > 4);

        var found = (await GetPageAsync($"/api/v1/tickets?limit=200&q={Uri.EscapeDataString(word.ToUpperInvariant())}")).Items;

        var expected = all.Where(t => Haystack(t).Contains(word, StringComparison.OrdinalIgnoreCase)).Select(t => t.TicketId).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, found.Select(t => t.TicketId));
    }

    [SkippableFact]
    public async Task ListTickets_SearchTicketIdAndRequester_EveryTermMustMatch()
    {
        var all = (await GetPageAsync("/api/v1/tickets?limit=200")).Items;
        var target = all[5];

        var byId = (await GetPageAsync($"/api/v1/tickets?limit=200&q={Uri.EscapeDataString(target.TicketId.ToLowerInvariant())}")).Items;
        var byBoth = (await GetPageAsync($"/api/v1/tickets?limit=200&q={Uri.EscapeDataString($"{target.TicketId} {target.Requester}")}")).Items;
        var none = (await GetPageAsync($"/api/v1/tickets?limit=200&q={Uri.EscapeDataString($"{target.TicketId} no-such-term")}")).Items;

        Assert.Contains(byId, t => t.TicketId == target.TicketId);
        Assert.Equal(all.Where(t => Haystack(t).Contains(target.TicketId, StringComparison.OrdinalIgnoreCase)).Select(t => t.TicketId), byId.Select(t => t.TicketId));
        Assert.Contains(byBoth, t => t.TicketId == target.TicketId);
        Assert.All(byBoth, t => Assert.Contains(target.Requester!, Haystack(t), StringComparison.OrdinalIgnoreCase));
        Assert.Empty(none);
    }

    [SkippableFact]
    public async Task ListTickets_SearchWithLikeWildcards_MatchesThemLiterally()
    {
        var found = (await GetPageAsync("/api/v1/tickets?limit=200&q=%25")).Items;
        var underscore = (await GetPageAsync("/api/v1/tickets?limit=200&q=_")).Items;

        Assert.Empty(found);
        Assert.Empty(underscore);
    }

    [SkippableTheory]
    [InlineData("status=open,bogus", "status")]
    [InlineData("assignee=" + "x", null)]
    [InlineData("sort=longest", "sort")]
    public async Task ListTickets_MultiValueBadValue_Returns400NamingTheField(string query, string? field)
    {
        var response = await _client.GetAsync($"/api/v1/tickets?{query}");

        if (field is null)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }

        await AssertProblemNamesAsync(response, field);
    }

    [SkippableFact]
    public async Task ListTickets_SearchTooLong_Returns400NamingQ()
    {
        var response = await _client.GetAsync($"/api/v1/tickets?q={new string('a', 201)}");

        await AssertProblemNamesAsync(response, "q");
    }

    [SkippableFact]
    public async Task ListTickets_CursorFromTriageUsedForWaiting_Returns400()
    {
        var cursor = (await GetPageAsync("/api/v1/tickets?sort=triage&limit=5")).NextCursor;

        var response = await _client.GetAsync($"/api/v1/tickets?sort=waiting&cursor={cursor}");

        await AssertProblemNamesAsync(response, "cursor");
    }

    private static string Haystack(TicketSummary t) => $"{t.TicketId}\n{t.Subject}\n{t.Requester}";

    private static Instant Parse(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

    private static int TriageCompare(TicketSummary a, TicketSummary b)
    {
        var byBreach = b.Breached.CompareTo(a.Breached);
        if (byBreach != 0)
        {
            return byBreach;
        }

        var dueA = a.SlaDueAt is null ? long.MaxValue : Parse(a.SlaDueAt).ToUnixTimeTicks();
        var dueB = b.SlaDueAt is null ? long.MaxValue : Parse(b.SlaDueAt).ToUnixTimeTicks();
        var byDue = dueA.CompareTo(dueB);
        if (byDue != 0)
        {
            return byDue;
        }

        var byPriority = string.CompareOrdinal(a.Priority, b.Priority);
        return byPriority != 0 ? byPriority : string.CompareOrdinal(a.TicketId, b.TicketId);
    }

    private static async Task AssertProblemNamesAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
    }
}
