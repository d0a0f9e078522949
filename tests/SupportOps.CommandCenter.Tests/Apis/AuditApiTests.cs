using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SupportOps.CommandCenter.Audit;

namespace SupportOps.CommandCenter.Tests.Apis;

public sealed class AuditApiTests(CommandCenterFactory factory) : IClassFixture<CommandCenterFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task List_KeysetPages_NewestFirstWithoutOverlapOrGaps()
    {
        await WriteAsync("paging", 5);

        var first = await (await _client.GetAsync("/api/v1/audit?target=test:paging&limit=2")).ReadAsync<AuditPage>();
        var second = await (await _client.GetAsync($"/api/v1/audit?target=test:paging&limit=2&cursor={first.NextCursor}")).ReadAsync<AuditPage>();
        var third = await (await _client.GetAsync($"/api/v1/audit?target=test:paging&limit=2&cursor={second.NextCursor}")).ReadAsync<AuditPage>();

        var all = first.Items.Concat(second.Items).Concat(third.Items).ToList();
        Assert.Equal(["after 5", "after 4", "after 3", "after 2", "after 1"], all.Select(i => i.After));
        Assert.NotNull(second.NextCursor);
        Assert.Null(third.NextCursor);
        Assert.Single(third.Items);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("cursor=abc", "cursor")]
    [InlineData("cursor=-5", "cursor")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-03-10", "to")]
    [InlineData("from=2026-03-10T15:00:00Z&to=2026-03-10T15:00:00Z", "to")]
    public async Task List_BadQuery_Returns400NamingTheField(string query, string field)
    {
        var response = await _client.GetAsync($"/api/v1/audit?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Agent", HttpStatusCode.Forbidden)]
    [InlineData("TeamLead", HttpStatusCode.Forbidden)]
    [InlineData("OpsManager", HttpStatusCode.OK)]
    [InlineData("anonymous", HttpStatusCode.Unauthorized)]
    public async Task Export_ByRole_OnlyAuditReadersGetIt(string role, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/audit/export.csv");
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, role);

        Assert.Equal(expected, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Export_WritesCsvWithHeaderOldestFirst_AndEscapesFormulas()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var log = scope.ServiceProvider.GetRequiredService<IAuditLog>();
            await log.WriteAsync(new AuditEntry(CommandCenterFactory.Now, "ops@test", "test.export", "test:csv", "plain, with comma", "=HYPERLINK(\"http://evil\")"), default);
            await log.WriteAsync(new AuditEntry(CommandCenterFactory.Now + Duration.FromSeconds(1), "ops@test", "test.export", "test:csv", null, "second \"quoted\""), default);
        }

        var response = await _client.GetAsync("/api/v1/audit/export.csv?target=test:csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,at,actor,action,target,before,after", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.EndsWith(",2026-03-10T15:00:00Z,ops@test,test.export,test:csv,\"plain, with comma\",\"'=HYPERLINK(\"\"http://evil\"\")\"", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",2026-03-10T15:00:01Z,ops@test,test.export,test:csv,,\"second \"\"quoted\"\"\"", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAndExport_TimeRange_KeepOnlyEntriesFromInclusiveToExclusive()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var log = scope.ServiceProvider.GetRequiredService<IAuditLog>();
            for (var minute = 0; minute < 4; minute++)
            {
                await log.WriteAsync(new AuditEntry(CommandCenterFactory.Now + Duration.FromMinutes(minute), "tester", "test.range", "test:range", null, $"minute {minute}"), default);
            }
        }

        const string Range = "target=test:range&from=2026-03-10T15:01:00Z&to=2026-03-10T15:03:00Z";
        var page = await (await _client.GetAsync($"/api/v1/audit?{Range}")).ReadAsync<AuditPage>();
        var csv = await _client.GetStringAsync($"/api/v1/audit/export.csv?{Range}");
        var open = await (await _client.GetAsync("/api/v1/audit?target=test:range&from=2026-03-10T15:02:00Z")).ReadAsync<AuditPage>();

        Assert.Equal(["minute 2", "minute 1"], page.Items.Select(i => i.After));
        Assert.Equal(3, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(",minute 1", csv, StringComparison.Ordinal);
        Assert.Contains(",minute 2", csv, StringComparison.Ordinal);
        Assert.Equal(["minute 3", "minute 2"], open.Items.Select(i => i.After));
    }

    [Fact]
    public async Task Export_BadRange_Returns400NamingTheField()
    {
        var response = await _client.GetAsync("/api/v1/audit/export.csv?from=2026-03-10T15:00:00Z&to=2026-03-10T14:00:00Z");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"to\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task WriteAsync(string target, int count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        for (var i = 1; i <= count; i++)
        {
            await log.WriteAsync(new AuditEntry(CommandCenterFactory.Now, "tester", "test.paging", $"test:{target}", null, $"after {i}"), default);
        }
    }
}
