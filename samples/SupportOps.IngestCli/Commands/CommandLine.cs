using System.Diagnostics.CodeAnalysis;

namespace SupportOps.IngestCli.Commands;

/// <summary>The options after the command name, parsed strictly: unknown or repeated options are errors.</summary>
internal sealed class CommandLine
{
    public string? Zendesk { get; private set; }

    public string? Slack { get; private set; }

    public string? Email { get; private set; }

    public string? Store { get; private set; }

    public string? Format { get; private set; }

    public string? Ticket { get; private set; }

    public string? Out { get; private set; }

    public List<string> SupportAddresses { get; } = [];

    public static bool TryParse(string[] args, [NotNullWhen(true)] out CommandLine? options, [NotNullWhen(false)] out string? problem)
    {
        var parsed = new CommandLine();
        for (var i = 0; i < args.Length; i += 2)
        {
            var name = args[i];
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                (options, problem) = (null, $"option {name} needs a value");
                return false;
            }

            var value = args[i + 1];
            var accepted = name switch
            {
                "--zendesk" => Set(parsed.Zendesk, v => parsed.Zendesk = v, value),
                "--slack" => Set(parsed.Slack, v => parsed.Slack = v, value),
                "--email" => Set(parsed.Email, v => parsed.Email = v, value),
                "--store" => Set(parsed.Store, v => parsed.Store = v, value),
                "--format" => Set(parsed.Format, v => parsed.Format = v, value),
                "--ticket" => Set(parsed.Ticket, v => parsed.Ticket = v, value),
                "--out" => Set(parsed.Out, v => parsed.Out = v, value),
                "--support-address" => Add(parsed.SupportAddresses, value),
                _ => (bool?)null,
            };
            if (accepted is null)
            {
                (options, problem) = (null, $"unknown option '{name}'");
                return false;
            }

            if (accepted == false)
            {
                (options, problem) = (null, $"option {name} is given twice");
                return false;
            }
        }

        (options, problem) = (parsed, null);
        return true;
    }

    private static bool Set(string? current, Action<string> set, string value)
    {
        if (current is not null)
        {
            return false;
        }

        set(value);
        return true;
    }

    private static bool Add(List<string> list, string value)
    {
        list.Add(value);
        return true;
    }
}
