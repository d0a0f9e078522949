using System.Globalization;
using System.Net;
using System.Text.Json;
using SupportOps.CommandCenter.Reports;
using SupportOps.CommandCenter.Tests.Reports;

namespace SupportOps.CommandCenter.Tests.Apis;

public sealed class ReportsApiTests(SeededCommandCenterFactory factory) : IClassFixture<SeededCommandCenterFactory>
{
    // Covers the whole seeded workload (14 days before 2026-03-10).
    private const string Everything = "2026-02-20..2026-03-10";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetExecutive_WholeWorkload_CountsEverySeededTicketAndNarratesTheFigures()
    {
        var report = await (await _client.GetAsync($"/api/v1/reports/executive?period={Everything}")).ReadAsync<ExecutiveReport>();

        Assert.Equal("2026-02-20", report.From);
        Assert.Equal("2026-03-10", report.To);
        Assert.Equal("2026-02-01", report.PreviousFrom);
        Assert.Equal("America/New_York", report.TimeZone);
        var created = Assert.Single(report.Figures, f => f.Id == "volume.created");
        Assert.Equal(SeededCommandCenterFactory.Tickets, created.Current);
        Assert.Equal(0, created.Previous);
        Assert.Equal(SeededCommandCenterFactory.Tickets, report.Daily.Sum(d => d.Created));
        Assert.Equal(19, report.Daily.Count);
        var backlog = Assert.Single(report.Figures, f => f.Id == "backlog.open");
        Assert.Equal(report.Daily[^1].Backlog, backlog.Current);
        Assert.Contains(report.SlaByTimer, t => t.Timer == "first_response" && t.Breached > 0);
        Assert.StartsWith($"{SeededCommandCenterFactory.Tickets} tickets were created from 2026-02-20 to 2026-03-10", report.Narrative[0].Text, StringComparison.Ordinal);
        Assert.Contains(report.Narrative, s => s.Text.StartsWith("SLA attainment was ", StringComparison.Ordinal));
        Assert.All(report.Narrative, s => Assert.NotEmpty(s.FigureIds));
    }

    [Fact]
    public async Task GetExecutive_SamePeriodTwice_GivesTheSameReport()
    {
        var first = await (await _client.GetAsync("/api/v1/reports/executive?period=2026-W10")).Content.ReadAsStringAsync();
        var second = await (await _client.GetAsync("/api/v1/reports/executive?period=2026-w10")).Content.ReadAsStringAsync();

        Assert.Equal(first, second);
        Assert.Contains("\"from\":\"2026-03-02\"", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/reports/executive?period=yesterday")]
    [InlineData("/api/v1/reports/executive?period=2026-W60")]
    [InlineData("/api/v1/reports/executive?period=2026-13")]
    [InlineData("/api/v1/reports/executive?period=2026-03-09..2026-03-01")]
    [InlineData("/api/v1/reports/executive?period=2020-01-01..2026-03-01")]
    [InlineData("/api/v1/reports/executive?period=2027-01")]
    [InlineData("/api/v1/reports/executive.pdf?period=nope")]
    [InlineData("/api/v1/reports/executive.csv?period=nope")]
    [InlineData("/api/v1/reports/executive.md?period=nope")]
    public async Task GetExecutive_BadPeriod_Returns400NamingPeriod(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("period", out _));
    }

    [Fact]
    public async Task ExportPdf_WholeWorkload_IsAMultiSectionPdfWithTheNarrative()
    {
        var report = await (await _client.GetAsync($"/api/v1/reports/executive?period={Everything}")).ReadAsync<ExecutiveReport>();
        var response = await _client.GetAsync($"/api/v1/reports/executive.pdf?period={Everything}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("executive-report-2026-02-20-to-2026-03-10.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        var (pages, text) = PdfText.Extract(bytes);
        Assert.True(pages >= 2, $"{pages} pages");
        foreach (var heading in new[] { "Summary", "Risks", "Key figures", "SLA attainment by timer", "Queues", "Daily trend" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        var words = string.Join(' ', report.Narrative.Select(s => s.Text)).Split(' ');
        var flat = text.Replace('\n', ' ');
        Assert.All(words, word => Assert.Contains(word, flat, StringComparison.Ordinal));
        Assert.Contains("2026-03-10", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportMarkdown_WholeWorkload_HasTheNarrativeAndTables()
    {
        var report = await (await _client.GetAsync($"/api/v1/reports/executive?period={Everything}")).ReadAsync<ExecutiveReport>();
        var response = await _client.GetAsync($"/api/v1/reports/executive.md?period={Everything}");

        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# Support health report: 2026-02-20 to 2026-03-10", markdown, StringComparison.Ordinal);
        Assert.All(report.Narrative, s => Assert.Contains(s.Text, markdown, StringComparison.Ordinal));
        Assert.Contains("| Figure | Current | Previous | Change | Trend |", markdown, StringComparison.Ordinal);
        Assert.Contains($"| 2026-03-10 | {report.Daily[^1].Created} |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportCsv_WholeWorkload_HasOneRowPerFigure()
    {
        var report = await (await _client.GetAsync($"/api/v1/reports/executive?period={Everything}")).ReadAsync<ExecutiveReport>();
        var response = await _client.GetAsync($"/api/v1/reports/executive.csv?period={Everything}");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("id,name,unit,direction,current,previous,change,change_percent,trend,flagged", lines[0]);
        Assert.Equal(report.Figures.Count, lines.Count - 1);
        var n = SeededCommandCenterFactory.Tickets.ToString(CultureInfo.InvariantCulture);
        Assert.Equal($"volume.created,Tickets created,count,neutral,{n},0,{n},,changed,false", lines[1]);
    }

    [Theory]
    [InlineData("/api/v1/reports/executive", "get", "GetExecutiveReport")]
    [InlineData("/api/v1/reports/executive.md", "get", "ExportExecutiveReportMarkdown")]
    [InlineData("/api/v1/reports/executive.csv", "get", "ExportExecutiveReportCsv")]
    [InlineData("/api/v1/reports/executive.pdf", "get", "ExportExecutiveReportPdf")]
    [InlineData("/api/v1/dashboards/operations", "get", "GetOperationsDashboard")]
    [InlineData("/api/v1/dashboards/executive", "get", "GetExecutiveDashboard")]
    [InlineData("/api/v1/dashboards/drilldown", "get", "GetDashboardDrilldown")]
    [InlineData("/api/v1/tickets/{id}/summary", "get", "GetTicketSummary")]
    [InlineData("/api/v1/tickets/{id}/summary/history", "get", "GetTicketSummaryHistory")]
    [InlineData("/api/v1/tickets/{id}/summary/regenerate", "post", "RegenerateTicketSummary")]
    [InlineData("/api/v1/tickets/{id}/transcript.md", "get", "ExportTicketTranscriptMarkdown")]
    [InlineData("/api/v1/tickets/{id}/transcript.json", "get", "ExportTicketTranscriptJson")]
    [InlineData("/api/v1/tickets/{id}/transcript.csv", "get", "ExportTicketTranscriptCsv")]
    [InlineData("/api/v1/reports/rollups/reconcile", "post", "ReconcileDailyRollups")]
    public async Task OpenApi_Document_DescribesTheReportingEndpoints(string path, string method, string operationId)
    {
        using var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json"));

        var operation = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method);

        Assert.Equal(operationId, operation.GetProperty("operationId").GetString());
    }

    [Theory]
    [InlineData("/api/v1/reports/executive", "Agent", HttpStatusCode.Forbidden)]
    [InlineData("/api/v1/reports/executive.pdf", "TeamLead", HttpStatusCode.Forbidden)]
    [InlineData("/api/v1/reports/executive.csv", "anonymous", HttpStatusCode.Unauthorized)]
    [InlineData("/api/v1/reports/executive.md", "Executive", HttpStatusCode.OK)]
    [InlineData("/api/v1/reports/executive", "OpsManager", HttpStatusCode.OK)]
    public async Task Reports_ByRole_FollowExecutiveRead(string url, string role, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(TestAuthenticationHandler.RoleHeader, role);

        var response = await _client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }
}
