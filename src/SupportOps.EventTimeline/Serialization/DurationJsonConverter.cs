using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace SupportOps.EventTimeline.Serialization;

/// <summary>
/// Writes <see cref="Duration"/> as an ISO-8601 duration (<c>PT4H</c>, <c>P1DT2H30M</c>, where a day is 24 hours).
/// </summary>
internal sealed class DurationJsonConverter : JsonConverter<Duration>
{
    private static readonly PeriodPattern Pattern = PeriodPattern.NormalizingIso;

    public override Duration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an ISO-8601 duration string but found {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        var result = Pattern.Parse(text);
        if (!result.Success || result.Value.HasDateComponent && (result.Value.Years != 0 || result.Value.Months != 0 || result.Value.Weeks != 0))
        {
            throw new JsonException($"'{text}' is not an ISO-8601 duration of days and times such as PT4H.");
        }

        return result.Value.ToDuration();
    }

    public override void Write(Utf8JsonWriter writer, Duration value, JsonSerializerOptions options)
        => writer.WriteStringValue(Pattern.Format(Period.FromNanoseconds(value.ToInt64Nanoseconds()).Normalize()));
}
