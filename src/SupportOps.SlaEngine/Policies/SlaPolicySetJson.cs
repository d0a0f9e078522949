using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using SupportOps.SlaEngine.Internal;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.SlaEngine.Policies;

/// <summary>Reads the policy-set JSON format, reporting every problem with the field's path and value.</summary>
internal static class SlaPolicySetJson
{
    public static SlaPolicySet Read(string json)
    {
        Guard.NotNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The policy set is not valid JSON: {exception.Message}", exception);
        }

        using (document)
        {
            var root = document.RootElement;
            RequireKind(root, JsonValueKind.Object, "$");
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name is not ("policies" or "default"))
                {
                    throw new FormatException($"{property.Name}: unknown field '{property.Name}'; expected policies or default.");
                }
            }

            var builder = new SlaPolicySetBuilder();
            if (root.TryGetProperty("policies", out var policies))
            {
                RequireKind(policies, JsonValueKind.Array, "policies");
                var index = 0;
                foreach (var policy in policies.EnumerateArray())
                {
                    builder.Add(ReadPolicy(policy, $"policies[{index.ToString(CultureInfo.InvariantCulture)}]", allowConditions: true));
                    index++;
                }
            }

            if (!root.TryGetProperty("default", out var defaultPolicy))
            {
                throw new FormatException("default: missing; a policy set needs a default policy, used when no other policy matches.");
            }

            builder.Default(ReadPolicy(defaultPolicy, "default", allowConditions: false));
            try
            {
                return builder.Build();
            }
            catch (InvalidOperationException exception)
            {
                throw new FormatException(exception.Message, exception);
            }
        }
    }

    private static SlaPolicy ReadPolicy(JsonElement element, string path, bool allowConditions)
    {
        RequireKind(element, JsonValueKind.Object, path);
        var id = RequiredString(element, "id", path);
        var builder = new SlaPolicyBuilder(id);
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = $"{path}.{property.Name}";
            switch (property.Name)
            {
                case "id":
                    break;
                case "conditions" when allowConditions:
                    ReadConditions(property.Value, propertyPath, builder);
                    break;
                case "calendar":
                    builder.UseCalendar(NonBlankString(property.Value, propertyPath));
                    break;
                case "warnings":
                    ReadWarnings(property.Value, propertyPath, percent => builder.WarnAt(percent), remaining => builder.WarnWhenRemaining(remaining));
                    break;
                case "timers":
                    RequireKind(property.Value, JsonValueKind.Object, propertyPath);
                    foreach (var timer in property.Value.EnumerateObject())
                    {
                        var timerPath = $"{propertyPath}.{timer.Name}";
                        var kind = ParseEnum<SlaTimerKind>(timer.Name, timerPath);
                        builder.Timer(kind, timerBuilder => ReadTimer(timer.Value, timerPath, timerBuilder));
                    }

                    break;
                default:
                    throw new FormatException($"{propertyPath}: unknown field '{property.Name}'" +
                        (allowConditions ? "." : "; the default policy takes no conditions."));
            }
        }

        try
        {
            return builder.Build();
        }
        catch (InvalidOperationException exception)
        {
            throw new FormatException($"{path}: {exception.Message}", exception);
        }
    }

    private static void ReadConditions(JsonElement element, string path, SlaPolicyBuilder builder)
    {
        RequireKind(element, JsonValueKind.Object, path);
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = $"{path}.{property.Name}";
            switch (property.Name)
            {
                case "priorities":
                    builder.ForPriorities(ReadEnumArray<Priority>(property.Value, propertyPath));
                    break;
                case "tiers":
                    builder.ForTiers(ReadEnumArray<CustomerTier>(property.Value, propertyPath));
                    break;
                case "channels":
                    builder.ForChannels(ReadEnumArray<Channel>(property.Value, propertyPath));
                    break;
                case "tags":
                    RequireKind(property.Value, JsonValueKind.Array, propertyPath);
                    var index = 0;
                    foreach (var tag in property.Value.EnumerateArray())
                    {
                        builder.WithAnyTag(NonBlankString(tag, $"{propertyPath}[{index.ToString(CultureInfo.InvariantCulture)}]"));
                        index++;
                    }

                    break;
                default:
                    throw new FormatException($"{propertyPath}: unknown condition '{property.Name}'; expected priorities, tiers, channels or tags.");
            }
        }
    }

    private static void ReadTimer(JsonElement element, string path, SlaTimerBuilder builder)
    {
        RequireKind(element, JsonValueKind.Object, path);
        var hasTarget = false;
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = $"{path}.{property.Name}";
            switch (property.Name)
            {
                case "targetMinutes":
                    builder.Target(Minutes(property.Value, propertyPath));
                    hasTarget = true;
                    break;
                case "targets":
                    RequireKind(property.Value, JsonValueKind.Object, propertyPath);
                    foreach (var target in property.Value.EnumerateObject())
                    {
                        var targetPath = $"{propertyPath}.{target.Name}";
                        builder.Target(ParseEnum<Priority>(target.Name, targetPath), Minutes(target.Value, targetPath));
                        hasTarget = true;
                    }

                    break;
                case "mode":
                    var mode = ParseEnum<SlaTimeMode>(NonBlankString(property.Value, propertyPath), propertyPath);
                    _ = mode == SlaTimeMode.Business ? builder.InBusinessTime() : builder.InCalendarTime();
                    break;
                case "calendar":
                    builder.OnCalendar(NonBlankString(property.Value, propertyPath));
                    break;
                case "warnings":
                    ReadWarnings(property.Value, propertyPath, percent => builder.WarnAt(percent), remaining => builder.WarnWhenRemaining(remaining));
                    break;
                case "rules":
                    builder.WithRules(ReadRules(property.Value, propertyPath, builder.Kind));
                    break;
                default:
                    throw new FormatException($"{propertyPath}: unknown field '{property.Name}'; expected targetMinutes, targets, mode, calendar, warnings or rules.");
            }
        }

        if (!hasTarget)
        {
            throw new FormatException($"{path}: no target; give \"targetMinutes\" or \"targets\" per priority.");
        }
    }

    private static SlaTimerRules ReadRules(JsonElement element, string path, SlaTimerKind kind)
    {
        RequireKind(element, JsonValueKind.Object, path);
        var rules = SlaTimerRules.DefaultFor(kind);
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = $"{path}.{property.Name}";
            switch (property.Name)
            {
                case "start":
                    rules = rules with { Start = ParseEnum<SlaStartTrigger>(NonBlankString(property.Value, propertyPath), propertyPath) };
                    break;
                case "stopsOnAgentReply":
                    if (property.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                    {
                        throw new FormatException($"{propertyPath}: expected true or false, but was {property.Value.GetRawText()}.");
                    }

                    rules = rules with { StopsOnAgentReply = property.Value.GetBoolean() };
                    break;
                case "pauseStatuses":
                    var statuses = ReadEnumArray<TicketStatus>(property.Value, propertyPath);
                    try
                    {
                        rules = rules with { PauseStatuses = [.. statuses] };
                    }
                    catch (ArgumentOutOfRangeException exception)
                    {
                        throw new FormatException($"{propertyPath}: {exception.Message}", exception);
                    }

                    break;
                case "onReopen":
                    rules = rules with { OnReopen = ParseEnum<SlaReopenBehavior>(NonBlankString(property.Value, propertyPath), propertyPath) };
                    break;
                default:
                    throw new FormatException($"{propertyPath}: unknown rule '{property.Name}'; expected start, stopsOnAgentReply, pauseStatuses or onReopen.");
            }
        }

        return rules;
    }

    private static void ReadWarnings(JsonElement element, string path, Action<int> percent, Action<Duration> remaining)
    {
        RequireKind(element, JsonValueKind.Object, path);
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = $"{path}.{property.Name}";
            RequireKind(property.Value, JsonValueKind.Array, propertyPath);
            var index = 0;
            foreach (var item in property.Value.EnumerateArray())
            {
                var itemPath = $"{propertyPath}[{index.ToString(CultureInfo.InvariantCulture)}]";
                switch (property.Name)
                {
                    case "percents":
                        if (!item.TryGetInt32(out var value) || value is < 1 or > 99)
                        {
                            throw new FormatException($"{itemPath}: a warning percentage must be a whole number from 1 to 99, but was {item.GetRawText()}.");
                        }

                        percent(value);
                        break;
                    case "remainingMinutes":
                        var minutes = Minutes(item, itemPath);
                        if (minutes == Duration.Zero)
                        {
                            throw new FormatException($"{itemPath}: a remaining-time warning must be positive, but was 0.");
                        }

                        remaining(minutes);
                        break;
                    default:
                        throw new FormatException($"{propertyPath}: unknown warning kind '{property.Name}'; expected percents or remainingMinutes.");
                }

                index++;
            }
        }
    }

    private static T[] ReadEnumArray<T>(JsonElement element, string path)
        where T : struct, Enum
    {
        RequireKind(element, JsonValueKind.Array, path);
        var values = new T[element.GetArrayLength()];
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";
            values[index++] = ParseEnum<T>(NonBlankString(item, itemPath), itemPath);
        }

        return values;
    }

    private static T ParseEnum<T>(string text, string path)
        where T : struct, Enum
    {
        var parsed = typeof(T) switch
        {
            var t when t == typeof(Priority) => WireNames.TryParse(text, out Priority p) ? (object)p : null,
            var t when t == typeof(CustomerTier) => WireNames.TryParse(text, out CustomerTier c) ? c : null,
            var t when t == typeof(Channel) => WireNames.TryParse(text, out Channel c) ? c : null,
            var t when t == typeof(TicketStatus) => WireNames.TryParse(text, out TicketStatus s) ? s : null,
            var t when t == typeof(SlaTimerKind) => WireNames.TryParse(text, out SlaTimerKind k) ? k : null,
            var t when t == typeof(SlaTimeMode) => WireNames.TryParse(text, out SlaTimeMode m) ? m : null,
            var t when t == typeof(SlaStartTrigger) => WireNames.TryParse(text, out SlaStartTrigger s) ? s : null,
            _ => WireNames.TryParse(text, out SlaReopenBehavior r) ? (object)r : null,
        };
        return parsed is T value
            ? value
            : throw new FormatException($"{path}: unknown value '{text}'; expected one of {WireNames.Expected<T>()}.");
    }

    private static Duration Minutes(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out var minutes))
        {
            throw new FormatException($"{path}: expected a whole number of minutes, but was {element.GetRawText()}.");
        }

        if (minutes < 0)
        {
            throw new FormatException($"{path}: must not be negative, but was {minutes.ToString(CultureInfo.InvariantCulture)} minutes.");
        }

        if (minutes > SlaTimerBuilder.MaxTarget.TotalMinutes)
        {
            throw new FormatException($"{path}: {minutes.ToString(CultureInfo.InvariantCulture)} minutes is too large (at most 100 years, 52596000 minutes).");
        }

        return Duration.FromMinutes(minutes);
    }

    private static string RequiredString(JsonElement element, string name, string path) =>
        element.TryGetProperty(name, out var value)
            ? NonBlankString(value, $"{path}.{name}")
            : throw new FormatException($"{path}.{name}: missing.");

    private static string NonBlankString(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw new FormatException($"{path}: expected a string, but was {element.GetRawText()}.");
        }

        var text = element.GetString()!;
        return string.IsNullOrWhiteSpace(text) ? throw new FormatException($"{path}: must not be blank, but was '{text}'.") : text;
    }

    private static void RequireKind(JsonElement element, JsonValueKind kind, string path)
    {
        if (element.ValueKind != kind)
        {
            throw new FormatException($"{path}: expected {(kind == JsonValueKind.Object ? "an object" : "an array")}, but was {element.ValueKind.ToString().ToLowerInvariant()}.");
        }
    }
}
