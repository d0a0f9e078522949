using System.Globalization;
using NodaTime;
using SupportOps.SlaEngine.Calendars;

namespace SupportOps.SlaCli;

/// <summary>The command line: parses arguments and dispatches to a command. Exit codes: 0 ok, 1 failed, 2 usage.</summary>
public static class SlaCliApp
{
    public const string Usage = """
        SupportOps SLA calculator

        Usage:
          SupportOps.SlaCli                       run the demo on the sample data shipped in data/
          SupportOps.SlaCli demo [--data DIR]     the same, with another data directory
          SupportOps.SlaCli add --calendar FILE --start ISO --minutes N
                                                  business time N minutes after START (a UTC instant)
          SupportOps.SlaCli between --calendar FILE --start ISO --end ISO
                                                  business minutes between START and END
          SupportOps.SlaCli batch                 read JSON lines from standard input, one result line each:
              {"calendar": {...}, "op": "add", "start": "2026-12-01T09:00:00-05:00", "minutes": 480}
              {"calendar": {...}, "op": "between", "start": "...", "end": "..."}

        ISO instants carry an offset (2026-12-01T09:00:00-05:00 or 2026-12-01T14:00:00Z).
        """;

    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0)
        {
            return DemoCommand.Run(DemoCommand.DefaultDataDirectory, output, error);
        }

        switch (args[0])
        {
            case "demo":
                return Options.TryParse(args, ["--data"], error, out var demo)
                    ? DemoCommand.Run(demo.GetValueOrDefault("--data", DemoCommand.DefaultDataDirectory), output, error)
                    : 2;
            case "add":
                return Options.TryParse(args, ["--calendar", "--start", "--minutes"], error, out var add)
                    ? Single(add, error, output, requiredThird: "--minutes")
                    : 2;
            case "between":
                return Options.TryParse(args, ["--calendar", "--start", "--end"], error, out var between)
                    ? Single(between, error, output, requiredThird: "--end")
                    : 2;
            case "batch":
                return BatchCommand.Run(input, output);
            case "help" or "--help" or "-h":
                output.WriteLine(Usage);
                return 0;
            default:
                error.WriteLine($"Unknown command '{args[0]}'.");
                error.WriteLine(Usage);
                return 2;
        }
    }

    private static int Single(Dictionary<string, string> options, TextWriter error, TextWriter output, string requiredThird)
    {
        foreach (var required in (string[])["--calendar", "--start", requiredThird])
        {
            if (!options.ContainsKey(required))
            {
                error.WriteLine($"Missing {required}.");
                error.WriteLine(Usage);
                return 2;
            }
        }

        BusinessCalendar calendar;
        try
        {
            calendar = BusinessCalendar.FromJson(File.ReadAllText(options["--calendar"]));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            error.WriteLine($"--calendar {options["--calendar"]}: {exception.Message}");
            return 1;
        }

        if (!Iso.TryParseInstant(options["--start"], out var start, out var startError))
        {
            error.WriteLine($"--start: {startError}");
            return 1;
        }

        try
        {
            if (requiredThird == "--minutes")
            {
                if (!double.TryParse(options["--minutes"], NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) || minutes < 0 || double.IsInfinity(minutes))
                {
                    error.WriteLine($"--minutes: expected a number of minutes, not negative, but was '{options["--minutes"]}'.");
                    return 1;
                }

                output.WriteLine(Iso.Format(calendar.Add(start, Duration.FromMinutes(minutes))));
                return 0;
            }

            if (!Iso.TryParseInstant(options["--end"], out var end, out var endError))
            {
                error.WriteLine($"--end: {endError}");
                return 1;
            }

            output.WriteLine(Iso.Minutes(calendar.Between(start, end)));
            return 0;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or OverflowException)
        {
            error.WriteLine(exception.Message);
            return 1;
        }
    }
}
