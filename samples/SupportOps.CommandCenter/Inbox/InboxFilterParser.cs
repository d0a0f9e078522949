using SupportOps.CommandCenter.Domain;
using SupportOps.EventTimeline.Events;
using RiskBand = SupportOps.RiskModel.Scoring.RiskBand;

namespace SupportOps.CommandCenter.Inbox;

/// <summary>Validates and normalizes inbox filters from a query string or a JSON body; every error names its field.</summary>
internal static class InboxFilterParser
{
    /// <summary>The most values one dimension accepts.</summary>
    public const int MaxValues = 50;

    /// <summary>The longest queue name or assignee id.</summary>
    public const int MaxValueLength = 200;

    /// <summary>The longest search text.</summary>
    public const int MaxSearchLength = 200;

    /// <summary>Parses query-string values: each dimension may repeat and each value may be comma-separated.</summary>
    public static InboxFilter Parse(
        IReadOnlyList<string?>? status,
        IReadOnlyList<string?>? priority,
        IReadOnlyList<string?>? channel,
        IReadOnlyList<string?>? queue,
        IReadOnlyList<string?>? assignee,
        IReadOnlyList<string?>? riskBand,
        bool? breached,
        string? search,
        string prefix,
        Dictionary<string, string[]> errors)
        => new(
            Enum<TicketStatus>(status, prefix + "status", errors),
            Enum<Priority>(priority, prefix + "priority", errors),
            Enum<Channel>(channel, prefix + "channel", errors),
            Names(queue, prefix + "queue", errors),
            Names(assignee, prefix + "assignee", errors),
            Enum<RiskBand>(riskBand, prefix + "risk_band", errors),
            breached,
            Search(search, prefix + "q", errors));

    /// <summary>Parses a JSON filter; null is the empty filter.</summary>
    public static InboxFilter Parse(InboxFilterModel? model, string prefix, Dictionary<string, string[]> errors)
        => model is null
            ? InboxFilter.None
            : Parse(model.Status, model.Priority, model.Channel, model.Queue, model.Assignee, model.RiskBand, model.Breached, model.Search, prefix, errors);

    private static List<string> Split(IReadOnlyList<string?>? values, string field, Dictionary<string, string[]> errors)
    {
        var result = new List<string>();
        if (values is null)
        {
            return result;
        }

        foreach (var value in values)
        {
            foreach (var part in (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!result.Contains(part, StringComparer.Ordinal))
                {
                    result.Add(part);
                }
            }
        }

        if (result.Count > MaxValues)
        {
            errors[field] = [$"At most {MaxValues} values are allowed; got {result.Count}."];
        }

        return result;
    }

    private static List<string> Enum<T>(IReadOnlyList<string?>? values, string field, Dictionary<string, string[]> errors)
        where T : struct, System.Enum
    {
        var result = Split(values, field, errors);
        var unknown = result.Where(v => !Vocabulary.TryParse<T>(v, out _)).ToList();
        if (unknown.Count > 0)
        {
            errors[field] = [$"Unknown {field} '{string.Join(", ", unknown)}'; known values: {Vocabulary.Known<T>()}."];
        }

        return result;
    }

    private static List<string> Names(IReadOnlyList<string?>? values, string field, Dictionary<string, string[]> errors)
    {
        var result = Split(values, field, errors);
        if (result.Any(v => v.Length > MaxValueLength))
        {
            errors[field] = [$"Each {field} value must be at most {MaxValueLength} characters."];
        }

        return result;
    }

    private static string? Search(string? search, string field, Dictionary<string, string[]> errors)
    {
        var trimmed = search?.Trim();
        if (trimmed is { Length: > MaxSearchLength })
        {
            errors[field] = [$"The search text must be at most {MaxSearchLength} characters; got {trimmed.Length}."];
        }

        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
