namespace SupportOps.SlaCli;

/// <summary>Parses <c>--name value</c> pairs after the command word.</summary>
internal static class Options
{
    public static bool TryParse(string[] args, string[] allowed, TextWriter error, out Dictionary<string, string> options)
    {
        options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (Array.IndexOf(allowed, args[i]) < 0)
            {
                error.WriteLine($"Unknown option '{args[i]}' for {args[0]}; expected {string.Join(", ", allowed)}.");
                return false;
            }

            if (i + 1 >= args.Length)
            {
                error.WriteLine($"Option {args[i]} needs a value.");
                return false;
            }

            options[args[i]] = args[i + 1];
        }

        return true;
    }
}
