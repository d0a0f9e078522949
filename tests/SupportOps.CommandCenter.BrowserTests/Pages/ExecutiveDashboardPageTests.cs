using Microsoft.Playwright;
using SupportOps.CommandCenter.Security;
using static Microsoft.Playwright.Assertions;

namespace SupportOps.CommandCenter.BrowserTests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class ExecutiveDashboardPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ExecutiveDashboard_Loaded_ShowsFiguresNarrativeAndTrendCharts()
    {
        var page = await fixture.NewPageAsync(Roles.Executive);

        await page.GotoAsync("/dashboards/executive");

        await Expect(page.Locator("#dashboard[data-loaded='true']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#dashboard-error")).ToBeHiddenAsync();
        Assert.True(await page.Locator(".kpis li").CountAsync() >= 3);
        Assert.True(await page.Locator(".narrative p").CountAsync() >= 1);
        await Expect(page.Locator("canvas[data-ready='true']")).ToHaveCountAsync(4);
        await BrowserFixture.ScreenshotAsync(page, "dashboard-executive-report");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("PDF", ".pdf", "%PDF")]
    [InlineData("CSV", ".csv", null)]
    [InlineData("Markdown", ".md", "#")]
    public async Task ExecutiveDashboard_Export_DownloadsTheReport(string button, string extension, string? starts)
    {
        var page = await fixture.NewPageAsync(Roles.Executive);
        await page.GotoAsync("/dashboards/executive");
        await Expect(page.Locator("#dashboard[data-loaded='true']")).ToHaveCountAsync(1);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = button, Exact = true }).ClickAsync());

        Assert.EndsWith(extension, download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(BrowserFixture.ScreenshotDirectory, "..", "downloads", download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 100, $"{download.SuggestedFilename} has {bytes.Length} bytes");
        if (starts is not null)
        {
            Assert.StartsWith(starts, System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 20)), StringComparison.Ordinal);
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ExecutiveDashboard_ClickOnAChartPoint_OpensTheInboxWithTheTicketsBehindIt()
    {
        var page = await fixture.NewPageAsync(Roles.Executive);
        await page.GotoAsync("/dashboards/executive");
        await Expect(page.Locator("#chart-exec-volume[data-ready='true']")).ToHaveCountAsync(1);

        await ClickPointAsync(page, "chart-exec-volume", dataset: 0, index: await LargestPointAsync(page, "chart-exec-volume", 0));

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/inbox\\?drilldown="));
        await Expect(page.Locator("#drill-banner")).ToContainTextAsync("created");
        await Expect(page.Locator("#inbox-table[data-loaded='true'] #inbox-rows tr").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "inbox-drilldown");
        await page.Context.CloseAsync();
    }

    /// <summary>The index of the largest value of a dataset, so the click lands on a point with tickets.</summary>
    internal static Task<int> LargestPointAsync(IPage page, string canvasId, int dataset)
        => page.EvaluateAsync<int>(
            "([id, ds]) => { const d = Chart.getChart(id).data.datasets[ds].data; return d.indexOf(Math.max(...d.map(v => v ?? 0))); }",
            new object[] { canvasId, dataset });

    /// <summary>Clicks the canvas where Chart.js drew a point, as a person would.</summary>
    internal static async Task ClickPointAsync(IPage page, string canvasId, int dataset, int index)
    {
        var point = await page.EvaluateAsync<double[]>(
            "([id, ds, i]) => { const p = Chart.getChart(id).getDatasetMeta(ds).data[i].getCenterPoint(); return [p.x, p.y]; }",
            new object[] { canvasId, dataset, index });
        await page.Locator($"#{canvasId}").ClickAsync(new() { Position = new Position { X = (float)point[0], Y = (float)point[1] } });
    }
}
