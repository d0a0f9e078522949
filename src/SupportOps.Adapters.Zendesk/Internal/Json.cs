using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace SupportOps.Adapters.Zendesk.Internal;

/// <summary>Typed reads of Zendesk JSON that fail with a message naming the field and what was found.</summary>
internal static class Json
{
    public static long RequiredId(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new ZendeskFieldException($"missing \"{name}\"");
        }

        return Id(value, name) ?? throw new ZendeskFieldException($"missing \"{name}\"");
    }

    public static long? OptionalId(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? Id(value, name) : null;

    public static string? OptionalString(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new ZendeskFieldException($"\"{name}\" must be a string, but was {Describe(value)}");
    }

    public static string RequiredString(JsonElement item, string name) =>
        OptionalString(item, name) ?? throw new ZendeskFieldException($"missing \"{name}\"");

    public static bool OptionalBool(JsonElement item, string name, bool fallback)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new ZendeskFieldException($"\"{name}\" must be true or false, but was {Describe(value)}"),
        };
    }

    public static Instant RequiredInstant(JsonElement item, string name)
    {
        var text = RequiredString(item, name);
        var parsed = InstantPattern.ExtendedIso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        return offset.Success
            ? offset.Value.ToInstant()
            : throw new ZendeskFieldException($"\"{name}\" must be an ISO-8601 time, but was \"{text}\"");
    }

    public static JsonElement? OptionalArray(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Array
            ? value
            : throw new ZendeskFieldException($"\"{name}\" must be an array, but was {Describe(value)}");
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Truncate(value.GetString())}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        _ => "null",
    };

    private static long? Id(JsonElement value, string name)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Number when value.TryGetInt64(out var number):
                return number;
            case JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed):
                // Audit Change/Create events carry ids as strings ("value": "6130869168922").
                return parsed;
            default:
                throw new ZendeskFieldException($"\"{name}\" must be an integer id, but was {Describe(value)}");
        }
    }

    private static string? Truncate(string? text) => text is { Length: > 40 } ? text[..40] + "…" : text;
}
