using System.Text.Json;
using SupportOps.RoutingEngine.Agents;
using SupportOps.RoutingEngine.Linting;
using SupportOps.RoutingEngine.Policies;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Policies;

namespace SupportOps.CommandCenter.Settings;

/// <summary>
/// Validates submitted settings documents against the packages' parsers and against the rest of the
/// active settings, so that nothing invalid can become active.
/// </summary>
/// <remarks>
/// <para>Calendars: <c>{ "default": "name", "calendars": { "name": &lt;BusinessCalendar JSON&gt;, ... } }</c>;
/// every calendar must parse and the active SLA policies must still find the calendars they name.
/// SLA policies: <c>SlaPolicySet</c> JSON whose calendars exist. Routing policy: <c>RoutingPolicy</c>
/// JSON, linted against the agents' skills and teams (errors reject it, warnings are reported); a
/// policy that differs from the active one must carry a new <c>version</c>, because decisions are
/// recorded and compared per policy version.</para>
/// </remarks>
internal static class SettingsValidator
{
    /// <summary>Validates a document of a kind.</summary>
    public static SettingsCandidate Validate(SettingsKind kind, string json, ActiveSettingsSnapshot active, CapacitySnapshot capacity)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(active);
        var document = new SettingsDocument(kind, 0, json, null, null);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        try
        {
            using var parsed = JsonDocument.Parse(json);
            if (parsed.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors["document"] = ["The document must be a JSON object."];
                return new SettingsCandidate { Kind = kind, Document = document, Errors = errors };
            }
        }
        catch (JsonException exception)
        {
            errors["document"] = [$"The document is not valid JSON: {exception.Message}"];
            return new SettingsCandidate { Kind = kind, Document = document, Errors = errors };
        }

        return kind switch
        {
            SettingsKind.Calendars => ValidateCalendars(document, active, errors),
            SettingsKind.SlaPolicies => ValidateSlaPolicies(document, active, errors),
            _ => ValidateRoutingPolicy(document, active, capacity, errors),
        };
    }

    /// <summary>Parses a calendars document (throws on the first problem).</summary>
    /// <exception cref="FormatException">The document is malformed or a calendar is invalid.</exception>
    public static SlaCalendarSet ParseCalendars(string json)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var set = TryParseCalendars(json, errors);
        return set ?? throw new FormatException(string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
    }

    private static SlaCalendarSet? TryParseCalendars(string json, Dictionary<string, string[]> errors)
    {
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        if (!root.TryGetProperty("calendars", out var calendars) || calendars.ValueKind != JsonValueKind.Object)
        {
            errors["calendars"] = ["'calendars' must be an object of calendars by name."];
            return null;
        }

        var set = SlaCalendarSet.Empty;
        foreach (var property in calendars.EnumerateObject())
        {
            try
            {
                set = set.With(property.Name, BusinessCalendar.FromJson(property.Value.GetRawText()));
            }
            catch (Exception exception) when (exception is FormatException or ArgumentException or JsonException)
            {
                errors[$"calendars.{property.Name}"] = [exception.Message];
            }
        }

        if (set.Names.IsEmpty && errors.Count == 0)
        {
            errors["calendars"] = ["At least one calendar is required."];
        }

        if (root.TryGetProperty("default", out var name))
        {
            if (name.ValueKind != JsonValueKind.String || !set.TryGet(name.GetString()!, out _))
            {
                errors["default"] = [$"'default' must name one of the calendars ({string.Join(", ", set.Names)})."];
            }
            else
            {
                set = set.WithDefault(name.GetString()!);
            }
        }

        return errors.Count == 0 ? set : null;
    }

    private static SettingsCandidate ValidateCalendars(SettingsDocument document, ActiveSettingsSnapshot active, Dictionary<string, string[]> errors)
    {
        var set = TryParseCalendars(document.Json, errors);
        if (set is not null)
        {
            try
            {
                _ = new SlaEvaluator(active.SlaPolicySet, set);
            }
            catch (ArgumentException exception)
            {
                errors["calendars"] = [$"The active SLA policies need a calendar this document removes: {exception.Message}"];
            }
        }

        return new SettingsCandidate { Kind = SettingsKind.Calendars, Document = document, Errors = errors, Calendars = errors.Count == 0 ? set : null };
    }

    private static SettingsCandidate ValidateSlaPolicies(SettingsDocument document, ActiveSettingsSnapshot active, Dictionary<string, string[]> errors)
    {
        SlaPolicySet? policies = null;
        try
        {
            policies = SlaPolicySet.FromJson(document.Json);
            _ = new SlaEvaluator(policies, active.CalendarSet);
        }
        catch (FormatException exception)
        {
            errors["document"] = [exception.Message];
        }
        catch (ArgumentException exception)
        {
            errors["calendar"] = [$"{exception.Message} Known calendars: {string.Join(", ", active.CalendarSet.Names)}."];
        }

        return new SettingsCandidate { Kind = SettingsKind.SlaPolicies, Document = document, Errors = errors, SlaPolicies = errors.Count == 0 ? policies : null };
    }

    private static SettingsCandidate ValidateRoutingPolicy(SettingsDocument document, ActiveSettingsSnapshot active, CapacitySnapshot capacity, Dictionary<string, string[]> errors)
    {
        RoutingPolicy policy;
        try
        {
            policy = RoutingPolicy.FromJson(document.Json);
        }
        catch (InvalidRoutingPolicyException exception)
        {
            if (exception.Findings.IsDefaultOrEmpty)
            {
                errors["document"] = [exception.InnerException?.Message ?? exception.Message];
            }
            else
            {
                errors["findings"] = [.. exception.Findings.Where(f => f.Severity == LintSeverity.Error).Select(f => f.ToString())];
            }

            return new SettingsCandidate
            {
                Kind = SettingsKind.RoutingPolicy,
                Document = document,
                Errors = errors,
                Findings = exception.Findings.IsDefault ? [] : exception.Findings,
            };
        }

        var report = RoutingPolicyLinter.Lint(policy, capacity);
        if (report.HasErrors)
        {
            errors["findings"] = [.. report.Errors.Select(f => f.ToString())];
        }

        if (string.Equals(policy.Version, active.RoutingPolicy.Version, StringComparison.Ordinal)
            && !string.Equals(policy.ToJson(), active.RoutingPolicy.ToJson(), StringComparison.Ordinal))
        {
            errors["version"] = [$"The policy differs from the active policy '{active.RoutingPolicy.Version}' but keeps its version; give it a new version (decisions are recorded per policy version)."];
        }

        return new SettingsCandidate
        {
            Kind = SettingsKind.RoutingPolicy,
            Document = document,
            Errors = errors,
            Findings = report.Findings,
            RoutingPolicy = errors.Count == 0 ? policy : null,
        };
    }
}
