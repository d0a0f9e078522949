using System.Text.Json;
using SupportOps.SlaCli;

namespace SupportOps.SlaCli.Tests;

public sealed class SlaCliAppTests
{
    private static readonly string CalendarPath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "new-york.json");

    private static readonly string CalendarJson = JsonSerializer.Serialize(JsonDocument.Parse(File.ReadAllText(CalendarPath)).RootElement);

    private static (int ExitCode, string Output, string Error) Run(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = SlaCliApp.Run(args, new StringReader(input), output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Run_Add_PrintsDueInstantInUtc()
    {
        // 8 business hours from Friday 16:00 New York: 1 h on Friday, 7 h on Monday.
        var (exitCode, output, _) = Run(string.Empty, "add", "--calendar", CalendarPath, "--start", "2026-12-04T16:00:00-05:00", "--minutes", "480");

        Assert.Equal(0, exitCode);
        Assert.Equal("2026-12-07T21:00:00Z", output.Trim());
    }

    [Fact]
    public void Run_Between_PrintsBusinessMinutes()
    {
        var (exitCode, output, _) = Run(string.Empty, "between", "--calendar", CalendarPath, "--start", "2026-12-23T12:00:00-05:00", "--end", "2026-12-28T10:00:00-05:00");

        // 5 h on the 23rd, 4 h on the half day of the 24th, nothing on Christmas or the weekend, 1 h on the 28th.
        Assert.Equal(0, exitCode);
        Assert.Equal("600", output.Trim());
    }

    [Fact]
    public void Run_AddWithoutOffset_FailsNamingTheOption()
    {
        var (exitCode, _, error) = Run(string.Empty, "add", "--calendar", CalendarPath, "--start", "2026-12-04T16:00:00", "--minutes", "60");

        Assert.Equal(1, exitCode);
        Assert.Contains("--start: '2026-12-04T16:00:00' is not an ISO-8601 instant with an offset", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AddMissingMinutes_PrintsUsage()
    {
        var (exitCode, _, error) = Run(string.Empty, "add", "--calendar", CalendarPath, "--start", "2026-12-04T16:00:00Z");

        Assert.Equal(2, exitCode);
        Assert.Contains("Missing --minutes.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingCalendarFile_FailsNamingTheFile()
    {
        var (exitCode, _, error) = Run(string.Empty, "between", "--calendar", "nowhere.json", "--start", "2026-12-04T16:00:00Z", "--end", "2026-12-05T16:00:00Z");

        Assert.Equal(1, exitCode);
        Assert.Contains("--calendar nowhere.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownCommand_ExitCodeTwoWithUsage()
    {
        var (exitCode, _, error) = Run(string.Empty, "subtract");

        Assert.Equal(2, exitCode);
        Assert.Contains("Unknown command 'subtract'", error, StringComparison.Ordinal);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BatchWithGoodAndBadLines_OneResultLinePerCase()
    {
        var lines = new[]
        {
            $$"""{"calendar": {{CalendarJson}}, "op": "add", "start": "2026-12-04T16:00:00-05:00", "minutes": 480}""",
            $$"""{"calendar": {{CalendarJson}}, "op": "between", "start": "2026-11-30T08:00:00-05:00", "end": "2026-11-30T12:30:00-05:00"}""",
            """{"calendar": {"timeZone": "Mars/Olympus"}, "op": "add", "start": "2026-12-04T16:00:00Z", "minutes": 1}""",
            "{not json",
            $$"""{"calendar": {{CalendarJson}}, "op": "multiply", "start": "2026-12-04T16:00:00Z"}""",
            $$"""{"calendar": {{CalendarJson}}, "op": "add", "start": "2026-12-04T16:00:00Z"}""",
            $$"""{"calendar": {{CalendarJson}}, "op": "add", "start": "2026-12-04T16:00:00Z", "minutes": -5}""",
            """{"op": "add", "start": "2026-12-04T16:00:00Z", "minutes": 5}""",
            "[1, 2]",
            string.Empty,
            $$"""{"calendar": {{CalendarJson}}, "op": "between", "start": "2026-11-30T12:00:00-05:00", "end": "2026-11-30T11:00:00-05:00"}""",
        };

        var (exitCode, output, _) = Run(string.Join('\n', lines), "batch");

        Assert.Equal(0, exitCode);
        var results = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, results.Length);
        Assert.Equal("""{"result":"2026-12-07T21:00:00Z"}""", results[0]);
        Assert.Equal("""{"minutes":210}""", results[1]);
        Assert.StartsWith("""{"error":"calendar: """, results[2], StringComparison.Ordinal);
        Assert.Contains("Mars/Olympus", results[2], StringComparison.Ordinal);
        Assert.StartsWith("""{"error":"malformed JSON""", results[3], StringComparison.Ordinal);
        Assert.Equal("""{"error":"op: unknown operation \u0027multiply\u0027; expected add or between."}""", results[4]);
        Assert.Equal("""{"error":"minutes: missing."}""", results[5]);
        Assert.Equal("""{"error":"minutes: expected a number of minutes, not negative, but was -5."}""", results[6]);
        Assert.Equal("""{"error":"calendar: missing."}""", results[7]);
        Assert.Equal("""{"error":"expected a JSON object, but was array."}""", results[8]);
        Assert.Equal("""{"minutes":-60}""", results[9]);
    }

    [Fact]
    public void Run_NoArguments_PrintsDemoTablePerTicket()
    {
        var (exitCode, output, error) = Run(string.Empty);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("SLA state of 11 tickets at Wed 12-02 16:00 America/New_York (2026-12-02T21:00:00Z)", output, StringComparison.Ordinal);
        var rows = output.Split('\n').Select(line => line.TrimEnd()).ToArray();
        Assert.Contains("  first_response       1  Wed 12-02 10:00 Wed 12-02 14:00 12-02 19:00Z      38%  2h 30m     fulfilled", rows);
        Assert.Contains("  first_response       1  Tue 12-01 09:00 Tue 12-01 11:00 12-01 16:00Z     750%  -13h       breached", rows);
        Assert.Contains("  first_response       1  Wed 12-02 09:00 Wed 12-02 11:00 12-02 16:00Z     350%  -5h        breached", rows);
        Assert.Contains("  next_response        1  Wed 12-02 09:30 Wed 12-02 13:30 12-02 18:30Z     163%  -2h 30m    breached", rows);
        Assert.Contains("  resolution           1  Mon 11-30 15:00 Mon 12-07 14:00 12-07 19:00Z       8%  22h        paused", rows);
        Assert.Contains("  resolution           1  Mon 11-30 13:00 Thu 12-03 14:00 12-03 19:00Z      63%  6h         warning", rows);
        Assert.Contains("  resolution           1  Tue 12-01 20:00 Wed 12-02 20:00 12-03 01:00Z      83%  4h         warning", rows);
        Assert.Contains("  first_response       1  Wed 12-02 13:30 Thu 12-03 09:30 12-03 14:30Z      63%  1h 30m     warning", rows);
        Assert.Contains("  resolution           1  Tue 12-01 09:00 Mon 12-07 17:00 12-07 22:00Z       8%  37h        fulfilled", rows);
        Assert.Equal(11, rows.Count(row => row.StartsWith("T-10", StringComparison.Ordinal)));
    }

    [Fact]
    public void Run_DemoTwice_IdenticalOutput()
    {
        Assert.Equal(Run(string.Empty).Output, Run(string.Empty, "demo").Output);
    }

    [Fact]
    public void Run_DemoWithMissingData_FailsNamingTheDirectory()
    {
        var (exitCode, _, error) = Run(string.Empty, "demo", "--data", "no-such-dir");

        Assert.Equal(1, exitCode);
        Assert.Contains("Cannot read the demo data in 'no-such-dir'", error, StringComparison.Ordinal);
    }
}
