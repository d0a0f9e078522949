using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Policies;

namespace SupportOps.SlaEngine;

/// <summary>Loads the policy set and calendars that <see cref="SlaEngineOptions"/> point to.</summary>
internal static class SlaEngineLoader
{
    private const string Section = SlaEngineOptions.DefaultSectionName;

    public static SlaEvaluator Load(SlaEngineOptions options)
    {
        var calendars = SlaCalendarSet.Empty;
        foreach (var (name, path) in options.Calendars)
        {
            var option = $"{Section}:Calendars:{name}";
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new InvalidOperationException($"{Section}:Calendars has a calendar with a blank name.");
            }

            var json = ReadFile(options, path, option);
            try
            {
                calendars = calendars.With(name, BusinessCalendar.FromJson(json));
            }
            catch (FormatException error)
            {
                throw new FormatException($"{option}: the calendar in '{path}' is invalid: {error.Message}", error);
            }
        }

        if (options.DefaultCalendar is { } defaultCalendar)
        {
            if (!calendars.TryGet(defaultCalendar, out _))
            {
                throw new InvalidOperationException(
                    $"{Section}:DefaultCalendar is '{defaultCalendar}', which is not in {Section}:Calendars ({calendars.KnownNames()}).");
            }

            calendars = calendars.WithDefault(defaultCalendar);
        }

        var hasPath = !string.IsNullOrWhiteSpace(options.PolicySetPath);
        var hasJson = !string.IsNullOrWhiteSpace(options.PolicySetJson);
        if (hasPath == hasJson)
        {
            throw new InvalidOperationException(hasPath
                ? $"{Section}:PolicySetPath and {Section}:PolicySetJson are both set; set only one."
                : $"{Section}:PolicySetPath or {Section}:PolicySetJson must be set; neither is.");
        }

        var policyOption = hasPath ? $"{Section}:PolicySetPath" : $"{Section}:PolicySetJson";
        SlaPolicySet policies;
        try
        {
            policies = SlaPolicySet.FromJson(hasPath ? ReadFile(options, options.PolicySetPath!, policyOption) : options.PolicySetJson!);
        }
        catch (FormatException error)
        {
            throw new FormatException($"{policyOption}: the policy set is invalid: {error.Message}", error);
        }

        try
        {
            return new SlaEvaluator(policies, calendars);
        }
        catch (ArgumentException error)
        {
            throw new InvalidOperationException($"{policyOption}: {error.Message}", error);
        }
    }

    private static string ReadFile(SlaEngineOptions options, string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidOperationException($"{option}: the path is blank.");
        }

        var fullPath = Path.GetFullPath(path, options.BaseDirectory ?? AppContext.BaseDirectory);
        return File.Exists(fullPath)
            ? File.ReadAllText(fullPath)
            : throw new InvalidOperationException($"{option}: the file '{path}' does not exist (looked for '{fullPath}').");
    }
}
