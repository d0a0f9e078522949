using System.Text;
using System.Text.Json;
using NodaTime;
using SupportOps.SlaEngine.Calendars;

namespace SupportOps.SlaCli;

/// <summary>
/// Reads one JSON case per line and writes one JSON result per line: <c>{"result": "..."}</c>,
/// <c>{"minutes": N}</c> or <c>{"error": "..."}</c>. A bad line gets an error line, never a crash.
/// Calendars are parsed once per distinct JSON text.
/// </summary>
internal static class BatchCommand
{
    public static int Run(TextReader input, TextWriter output)
    {
        var calendars = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        var buffer = new MemoryStream();
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                try
                {
                    Evaluate(line, calendars, writer);
                }
                catch (CaseException exception)
                {
                    writer.WriteString("error", exception.Message);
                }

                writer.WriteEndObject();
            }

            output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }

        return 0;
    }

    private static void Evaluate(string line, Dictionary<string, BusinessCalendar> calendars, Utf8JsonWriter writer)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            throw new CaseException($"malformed JSON: {exception.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new CaseException($"expected a JSON object, but was {root.ValueKind.ToString().ToLowerInvariant()}.");
            }

            var calendar = Calendar(root, calendars);
            var op = String(root, "op");
            var start = Instant(root, "start");
            try
            {
                switch (op)
                {
                    case "add":
                        var minutes = Number(root, "minutes");
                        writer.WriteString("result", Iso.Format(calendar.Add(start, Duration.FromMinutes(minutes))));
                        break;
                    case "between":
                        var end = Instant(root, "end");
                        writer.WritePropertyName("minutes");
                        writer.WriteRawValue(Iso.Minutes(calendar.Between(start, end)));
                        break;
                    default:
                        throw new CaseException($"op: unknown operation '{op}'; expected add or between.");
                }
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or OverflowException)
            {
                throw new CaseException(exception.Message);
            }
        }
    }

    private static BusinessCalendar Calendar(JsonElement root, Dictionary<string, BusinessCalendar> calendars)
    {
        if (!root.TryGetProperty("calendar", out var element))
        {
            throw new CaseException("calendar: missing.");
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new CaseException($"calendar: expected an object, but was {element.GetRawText()}.");
        }

        var json = element.GetRawText();
        if (calendars.TryGetValue(json, out var cached))
        {
            return cached;
        }

        try
        {
            var calendar = BusinessCalendar.FromJson(json);
            calendars[json] = calendar;
            return calendar;
        }
        catch (FormatException exception)
        {
            throw new CaseException($"calendar: {exception.Message}");
        }
    }

    private static string String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new CaseException($"{name}: expected a string, but was {value.GetRawText()}.")
            : throw new CaseException($"{name}: missing.");

    private static Instant Instant(JsonElement root, string name)
    {
        var text = String(root, name);
        return Iso.TryParseInstant(text, out var instant, out var error) ? instant : throw new CaseException($"{name}: {error}");
    }

    private static double Number(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            throw new CaseException($"{name}: missing.");
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || number < 0 || double.IsInfinity(number))
        {
            throw new CaseException($"{name}: expected a number of minutes, not negative, but was {value.GetRawText()}.");
        }

        return number;
    }

    /// <summary>A problem with one input line, reported as its error line.</summary>
    private sealed class CaseException(string message) : Exception(message);
}
