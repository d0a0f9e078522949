using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using SupportOps.Summarizer.Abstractions.Results;
using SupportOps.Summarizer.Abstractions.Validation;
using SupportOps.Summarizer.Abstractions.Wire;

namespace SupportOps.Summarizer.ChatClient.Parsing;

/// <summary>
/// Reads the model's JSON answer into a <see cref="SummaryResult"/>, naming every missing field,
/// wrong type, unknown enum value or out-of-range number, then checks the result contract.
/// </summary>
internal static class ModelOutputParser
{
    public static (SummaryResult? Result, ImmutableArray<ContractViolation> Violations) Parse(string? text, ProviderMetadata metadata, string inputsHash, Instant now)
    {
        var violations = ImmutableArray.CreateBuilder<ContractViolation>();
        var json = StripCodeFence(text);
        if (json.Length == 0)
        {
            return (null, [new ContractViolation("$", "the answer is empty")]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            return (null, [new ContractViolation("$", "the answer is not valid JSON (" + exception.GetType().Name + Position(exception) + ")")]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, [new ContractViolation("$", "must be a JSON object")]);
            }

            var summary = String(root, "summary", violations);
            var entities = Array(root, "entities", violations, (item, path) =>
            {
                var type = Enum<EntityType>(item, "type", path, violations);
                var value = String(item, "value", violations, path);
                var confidence = Number(item, "confidence", 0, 1, violations, path);
                return type is { } t && !string.IsNullOrWhiteSpace(value) && confidence is { } c ? new KeyEntity(t, value, c) : null;
            });

            Sentiment? sentiment = null;
            if (Object(root, "sentiment", violations) is { } sentimentElement)
            {
                var label = Enum<SentimentLabel>(sentimentElement, "label", "sentiment", violations);
                var score = Number(sentimentElement, "score", -1, 1, violations, "sentiment");
                sentiment = label is { } l && score is { } s ? new Sentiment(l, s) : null;
            }

            var responseType = Enum<ResponseType>(root, "response_type", null, violations);
            var actions = Array(root, "next_actions", violations, (item, path) =>
            {
                var action = Enum<NextAction>(item, "action", path, violations);
                var rationale = String(item, "rationale", violations, path);
                var confidence = Number(item, "confidence", 0, 1, violations, path);
                return action is { } a && !string.IsNullOrWhiteSpace(rationale) && confidence is { } c ? new SuggestedAction(a, rationale, c) : null;
            });

            EscalationReason? escalation = null;
            if (!root.TryGetProperty("escalation_reason", out var reasonElement))
            {
                violations.Add(new("escalation_reason", "is missing (use null for none)"));
            }
            else if (reasonElement.ValueKind != JsonValueKind.Null)
            {
                escalation = Enum<EscalationReason>(root, "escalation_reason", null, violations);
            }

            if (violations.Count > 0 || summary is null || sentiment is null || responseType is null || entities is null || actions is null)
            {
                return (null, violations.ToImmutable());
            }

            var result = new SummaryResult
            {
                Summary = summary.Trim(),
                Entities = entities.Value,
                Sentiment = sentiment.Value,
                ResponseType = responseType.Value,
                NextActions = actions.Value,
                EscalationReason = escalation,
                Metadata = metadata,
                InputsHash = inputsHash,
                GeneratedAt = now,
            };
            var validation = SummaryResultValidator.Validate(result);
            return validation.IsValid ? (result, []) : (null, validation.Violations);
        }
    }

    /// <summary>Models sometimes wrap JSON in a Markdown code fence despite the instructions.</summary>
    internal static string StripCodeFence(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return trimmed;
        }

        var firstLineEnd = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var closing = trimmed.LastIndexOf("```", StringComparison.Ordinal);
        return firstLineEnd < 0 || closing <= firstLineEnd ? trimmed : trimmed[(firstLineEnd + 1)..closing].Trim();
    }

    private static string Position(JsonException exception) =>
        exception.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, byte {exception.BytePositionInLine}") : string.Empty;

    private static string Path(string? parent, string property) => parent is null ? property : parent + "." + property;

    private static string? String(JsonElement element, string property, ImmutableArray<ContractViolation>.Builder violations, string? parent = null)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            violations.Add(new(Path(parent, property), "is missing"));
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            violations.Add(new(Path(parent, property), "must be a non-empty string"));
            return null;
        }

        return value.GetString();
    }

    private static double? Number(JsonElement element, string property, double min, double max, ImmutableArray<ContractViolation>.Builder violations, string parent)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            violations.Add(new(Path(parent, property), "is missing"));
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number))
        {
            violations.Add(new(Path(parent, property), "must be a number"));
            return null;
        }

        if (double.IsNaN(number) || number < min || number > max)
        {
            violations.Add(new(Path(parent, property), string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max}, but was {number}")));
            return null;
        }

        return number;
    }

    private static TEnum? Enum<TEnum>(JsonElement element, string property, string? parent, ImmutableArray<ContractViolation>.Builder violations)
        where TEnum : struct, Enum
    {
        if (!element.TryGetProperty(property, out var value))
        {
            violations.Add(new(Path(parent, property), "is missing"));
            return null;
        }

        var name = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (!WireNames.TryParse<TEnum>(name, out var parsed))
        {
            violations.Add(new(Path(parent, property), $"must be one of {string.Join(", ", WireNames.All<TEnum>())}"));
            return null;
        }

        return parsed;
    }

    private static JsonElement? Object(JsonElement element, string property, ImmutableArray<ContractViolation>.Builder violations)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            violations.Add(new(property, "is missing"));
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            violations.Add(new(property, "must be an object"));
            return null;
        }

        return value;
    }

    private static ImmutableArray<T>? Array<T>(JsonElement element, string property, ImmutableArray<ContractViolation>.Builder violations, Func<JsonElement, string, T?> read)
        where T : class
    {
        if (!element.TryGetProperty(property, out var value))
        {
            violations.Add(new(property, "is missing"));
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            violations.Add(new(property, "must be an array"));
            return null;
        }

        var items = ImmutableArray.CreateBuilder<T>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{property}[{index++}]");
            if (item.ValueKind != JsonValueKind.Object)
            {
                violations.Add(new(path, "must be an object"));
                continue;
            }

            if (read(item, path) is { } parsed)
            {
                items.Add(parsed);
            }
        }

        return items.ToImmutable();
    }
}
