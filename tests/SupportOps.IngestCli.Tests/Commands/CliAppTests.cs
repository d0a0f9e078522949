using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using SupportOps.IngestCli.Commands;

namespace SupportOps.IngestCli.Tests.Commands;

public sealed class CliAppTests : IDisposable
{
    private static readonly string SampleData = Path.Combine(AppContext.BaseDirectory, "sample-data");
    private readonly FakeClock clock = new(Instant.FromUtc(2026, 11, 27, 12, 0));
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Ingest_SampleData_ReportsEverySourceAsOneJsonObject()
    {
        var (code, output, _) = await IngestAsync();

        Assert.Equal(CliApp.Ok, code);
        using var report = JsonDocument.Parse(output);
        var sources = report.RootElement.GetProperty("sources");
        Assert.Equal(16, sources.GetProperty("zendesk").GetProperty("events_appended").GetInt32());
        Assert.Equal(4, sources.GetProperty("slack").GetProperty("events_appended").GetInt32());
        Assert.Equal(4, sources.GetProperty("email").GetProperty("events_appended").GetInt32());
        Assert.All(["zendesk", "slack", "email"], name => Assert.Equal(1, sources.GetProperty(name).GetProperty("dead_lettered").GetInt32()));
        Assert.Equal(24, report.RootElement.GetProperty("events_in_store").GetInt32());
        Assert.Equal(24, File.ReadAllLines(temp.File("store.jsonl")).Length);
        Assert.Equal(3, File.ReadAllLines(temp.File("store.jsonl.deadletters.jsonl")).Length);
        Assert.True(File.Exists(temp.File("store.jsonl.cursors.json")));
    }

    [Fact]
    public async Task Ingest_SameFoldersTwice_AppendsNothingTheSecondTime()
    {
        await IngestAsync();
        var before = await File.ReadAllBytesAsync(temp.File("store.jsonl"));

        var (code, output, _) = await IngestAsync();

        Assert.Equal(CliApp.Ok, code);
        using var report = JsonDocument.Parse(output);
        foreach (var source in report.RootElement.GetProperty("sources").EnumerateObject())
        {
            Assert.Equal(0, source.Value.GetProperty("events_appended").GetInt32());
        }

        Assert.Equal(before, await File.ReadAllBytesAsync(temp.File("store.jsonl")));
        Assert.Equal(3, File.ReadAllLines(temp.File("store.jsonl.deadletters.jsonl")).Length);
    }

    [Fact]
    public async Task Ingest_CursorsLostAfterACrash_ReplaysEverythingAndDuplicatesNothing()
    {
        await IngestAsync();
        var before = await File.ReadAllBytesAsync(temp.File("store.jsonl"));
        File.Delete(temp.File("store.jsonl.cursors.json"));

        var (code, output, _) = await IngestAsync();

        Assert.Equal(CliApp.Ok, code);
        using var report = JsonDocument.Parse(output);
        Assert.True(report.RootElement.GetProperty("sources").GetProperty("zendesk").GetProperty("duplicates_skipped").GetInt32() > 10);
        Assert.Equal(before, await File.ReadAllBytesAsync(temp.File("store.jsonl")));
        Assert.Equal(3, File.ReadAllLines(temp.File("store.jsonl.deadletters.jsonl")).Length);
    }

    [Fact]
    public async Task Export_MarkdownForOneTicket_WritesItsTranscript()
    {
        await IngestAsync();

        var (code, output, _) = await RunAsync("export", "--store", temp.File("store.jsonl"), "--format", "markdown", "--ticket", "email:inv-4411-1@customer.example");

        Assert.Equal(CliApp.Ok, code);
        Assert.StartsWith("## Ticket email:inv-4411-1@customer.example: Invoice #4411 shows the wrong VAT", output, StringComparison.Ordinal);
        Assert.Contains("> Perfect, thank you!", output, StringComparison.Ordinal);
        Assert.DoesNotContain("zendesk", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jsonl", 24)]
    [InlineData("csv", 25)]
    public async Task Export_WholeTimeline_WritesEveryEvent(string format, int lines)
    {
        await IngestAsync();

        var (code, output, _) = await RunAsync("export", "--store", temp.File("store.jsonl"), "--format", format);

        Assert.Equal(CliApp.Ok, code);
        Assert.True(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length >= lines);
    }

    [Fact]
    public async Task Export_ToAFile_WritesTheFile()
    {
        await IngestAsync();

        var (code, _, _) = await RunAsync("export", "--store", temp.File("store.jsonl"), "--format", "jsonl", "--ticket", "zendesk:101", "--out", temp.File("101.jsonl"));

        Assert.Equal(CliApp.Ok, code);
        Assert.All(File.ReadAllLines(temp.File("101.jsonl")), line => Assert.Contains("\"ticket_id\":\"zendesk:101\"", line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new string[0], CliApp.Usage)]
    [InlineData(new[] { "frobnicate" }, CliApp.Usage)]
    [InlineData(new[] { "ingest", "--store" }, CliApp.Usage)]
    [InlineData(new[] { "ingest", "--store", "x.jsonl" }, CliApp.Usage)]
    [InlineData(new[] { "ingest", "--colour", "blue" }, CliApp.Usage)]
    [InlineData(new[] { "export", "--store", "a", "--store", "b", "--format", "csv" }, CliApp.Usage)]
    [InlineData(new[] { "export", "--store", "missing.jsonl", "--format", "xml" }, CliApp.Usage)]
    [InlineData(new[] { "export", "--store", "missing.jsonl", "--format", "csv" }, CliApp.Failed)]
    public async Task RunAsync_BadArguments_FailWithAMessage(string[] args, int expected)
    {
        var (code, _, error) = await RunAsync(args);

        Assert.Equal(expected, code);
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task Ingest_MissingFolder_FailsNamingIt()
    {
        var (code, _, error) = await RunAsync("ingest", "--zendesk", temp.File("nowhere"), "--store", temp.File("store.jsonl"));

        Assert.Equal(CliApp.Failed, code);
        Assert.Contains("nowhere", error, StringComparison.Ordinal);
    }

    private Task<(int Code, string Output, string Error)> IngestAsync() =>
        RunAsync(
            "ingest",
            "--zendesk", Path.Combine(SampleData, "zendesk"),
            "--slack", Path.Combine(SampleData, "slack"),
            "--email", Path.Combine(SampleData, "email"),
            "--support-address", "supportops.example",
            "--store", temp.File("store.jsonl"));

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, clock);
        return (code, output.ToString(), error.ToString());
    }
}
