using System.Buffers;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SupportOps.SlaEngine.Internal;

namespace SupportOps.SlaEngine.Calendars;

/// <content>Reading and writing the JSON form of a calendar.</content>
public sealed partial class BusinessCalendar
{
    private static readonly LocalTimePattern[] TimePatterns =
    [
        LocalTimePattern.CreateWithInvariantCulture("HH:mm"),
        LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss"),
        LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss.FFFFFFF"),
    ];

    /// <summary>
    /// Reads a calendar from its JSON form:
    /// <c>{"timeZone": "America/New_York", "week": {"monday": [["09:00","17:00"]]},
    /// "holidays": ["2026-12-25"], "overrides": {"2026-12-24": [["09:00","13:00"]]}}</c>.
    /// </summary>
    /// <param name="json">The JSON text; must not be null.</param>
    /// <returns>The calendar.</returns>
    /// <remarks>
    /// <para>
    /// <c>timeZone</c> (a tzdb id) is required; <c>week</c> (lower-case English weekday names),
    /// <c>holidays</c> (ISO dates) and <c>overrides</c> (ISO date to intervals; an empty list closes
    /// the date) are optional. An interval is a pair of <c>"HH:mm"</c> times (seconds allowed);
    /// <c>"24:00"</c> is allowed as an end, and an end not after the start runs past midnight.
    /// Unknown properties are rejected so that a misspelt field is not silently ignored.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">
    /// The text is not valid JSON or not a valid calendar: an unknown time zone, weekday or property,
    /// a malformed time or date, a zero-length or overlapping interval, or no open time at all. The
    /// message names the field and the value.
    /// </exception>
    public static BusinessCalendar FromJson(string json)
    {
        Guard.NotNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException error)
        {
            throw new FormatException($"The calendar is not valid JSON: {error.Message}", error);
        }

        using (document)
        {
            var root = document.RootElement;
            Expect(root, JsonValueKind.Object, "(root)");
            string? zoneId = null;
            JsonElement? week = null, holidays = null, overrides = null;
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "timeZone":
                        Expect(property.Value, JsonValueKind.String, "timeZone");
                        zoneId = property.Value.GetString();
                        break;
                    case "week":
                        week = property.Value;
                        break;
                    case "holidays":
                        holidays = property.Value;
                        break;
                    case "overrides":
                        overrides = property.Value;
                        break;
                    default:
                        throw new FormatException($"Unknown calendar property '{property.Name}'; expected timeZone, week, holidays or overrides.");
                }
            }

            if (zoneId is null)
            {
                throw new FormatException("The calendar has no 'timeZone' field; it needs an IANA (tzdb) zone id such as \"America/New_York\".");
            }

            var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
                ?? throw new FormatException($"Field 'timeZone' has the unknown time zone id '{zoneId}'; expected an IANA (tzdb) zone id such as \"America/New_York\".");
            var builder = new BusinessCalendarBuilder(zone);
            if (week is { } weekElement)
            {
                ReadWeek(weekElement, builder);
            }

            if (holidays is { } holidayElement)
            {
                Expect(holidayElement, JsonValueKind.Array, "holidays");
                var i = 0;
                foreach (var item in holidayElement.EnumerateArray())
                {
                    builder.AddHoliday(ReadDate(item, $"holidays[{i++}]"));
                }
            }

            if (overrides is { } overrideElement)
            {
                Expect(overrideElement, JsonValueKind.Object, "overrides");
                var seen = new HashSet<LocalDate>();
                foreach (var property in overrideElement.EnumerateObject())
                {
                    var field = $"overrides.{property.Name}";
                    var date = ParseDate(property.Name, field);
                    if (!seen.Add(date))
                    {
                        throw new FormatException($"Field '{field}' appears twice.");
                    }

                    builder.SetOverride(date, ReadIntervals(property.Value, field));
                }
            }

            try
            {
                return builder.Build();
            }
            catch (InvalidOperationException error)
            {
                throw new FormatException(error.Message, error);
            }
        }
    }

    /// <summary>
    /// Writes the calendar in the JSON form that <see cref="FromJson(string)"/> reads: compact, with
    /// weekdays from Monday, holidays and overrides sorted by date, and <c>"24:00"</c> for an end at midnight.
    /// </summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("timeZone", TimeZone.Id);
            writer.WriteStartObject("week");
            for (var day = 0; day < 7; day++)
            {
                if (!weeklyHours[day].IsEmpty)
                {
                    writer.WritePropertyName(BusinessCalendarBuilder.WeekdayName(day));
                    WriteIntervals(writer, weeklyHours[day]);
                }
            }

            writer.WriteEndObject();
            writer.WriteStartArray("holidays");
            foreach (var date in Holidays)
            {
                writer.WriteStringValue(BusinessCalendarBuilder.DateName(date));
            }

            writer.WriteEndArray();
            writer.WriteStartObject("overrides");
            foreach (var (date, hours) in Overrides)
            {
                writer.WritePropertyName(BusinessCalendarBuilder.DateName(date));
                WriteIntervals(writer, hours);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteIntervals(Utf8JsonWriter writer, IEnumerable<BusinessHoursInterval> hours)
    {
        writer.WriteStartArray();
        foreach (var interval in hours)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(interval.FormatStart());
            writer.WriteStringValue(interval.FormatEnd());
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static void ReadWeek(JsonElement week, BusinessCalendarBuilder builder)
    {
        Expect(week, JsonValueKind.Object, "week");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in week.EnumerateObject())
        {
            var field = $"week.{property.Name}";
            var day = property.Name switch
            {
                "monday" => IsoDayOfWeek.Monday,
                "tuesday" => IsoDayOfWeek.Tuesday,
                "wednesday" => IsoDayOfWeek.Wednesday,
                "thursday" => IsoDayOfWeek.Thursday,
                "friday" => IsoDayOfWeek.Friday,
                "saturday" => IsoDayOfWeek.Saturday,
                "sunday" => IsoDayOfWeek.Sunday,
                _ => throw new FormatException($"Field '{field}' has the unknown weekday name '{property.Name}'; expected monday, tuesday, wednesday, thursday, friday, saturday or sunday."),
            };
            if (!seen.Add(property.Name))
            {
                throw new FormatException($"Field '{field}' appears twice.");
            }

            foreach (var interval in ReadIntervals(property.Value, field))
            {
                builder.AddHours(day, interval);
            }
        }
    }

    private static List<BusinessHoursInterval> ReadIntervals(JsonElement element, string field)
    {
        Expect(element, JsonValueKind.Array, field);
        var intervals = new List<BusinessHoursInterval>();
        var i = 0;
        foreach (var pair in element.EnumerateArray())
        {
            var itemField = $"{field}[{i++}]";
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2
                || pair[0].ValueKind != JsonValueKind.String || pair[1].ValueKind != JsonValueKind.String)
            {
                throw new FormatException($"Field '{itemField}' must be a pair of times such as [\"09:00\",\"17:00\"], but was {pair.GetRawText()}.");
            }

            var startText = pair[0].GetString()!;
            var endText = pair[1].GetString()!;
            var start = ParseTime(startText, $"{itemField}[0]");
            var end = endText == "24:00" ? TicksPerDay : ParseTime(endText, $"{itemField}[1]");
            if (start == end)
            {
                throw new FormatException(
                    $"Field '{itemField}' is the zero-length interval [\"{startText}\",\"{endText}\"]; start and end must differ (use [\"00:00\",\"24:00\"] for a whole day).");
            }

            intervals.Add(BusinessHoursInterval.FromTicks(start, end > start ? end : end + TicksPerDay));
        }

        return intervals;
    }

    private static long ParseTime(string text, string field)
    {
        foreach (var pattern in TimePatterns)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                return result.Value.TickOfDay;
            }
        }

        throw new FormatException($"Field '{field}' has the malformed time '{text}'; expected \"HH:mm\" (00:00-23:59, or 24:00 as an end).");
    }

    private static LocalDate ReadDate(JsonElement element, string field)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw new FormatException($"Field '{field}' must be a date string such as \"2026-12-25\", but was {element.GetRawText()}.");
        }

        return ParseDate(element.GetString()!, field);
    }

    private static LocalDate ParseDate(string text, string field)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new FormatException($"Field '{field}' has the malformed date '{text}'; expected \"yyyy-MM-dd\".");
    }

    private static void Expect(JsonElement element, JsonValueKind kind, string field)
    {
        if (element.ValueKind != kind)
        {
            var expected = kind switch
            {
                JsonValueKind.Object => "an object",
                JsonValueKind.Array => "an array",
                _ => "a string",
            };
            throw new FormatException(
                string.Create(CultureInfo.InvariantCulture, $"Field '{field}' must be {expected}, but was {element.GetRawText()}."));
        }
    }
}
