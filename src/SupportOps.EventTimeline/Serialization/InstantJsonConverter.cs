using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace SupportOps.EventTimeline.Serialization;

/// <summary>Writes <see cref="Instant"/> as ISO-8601 UTC text (<c>2026-03-08T06:30:00Z</c>, fractions only when present).</summary>
internal sealed class InstantJsonConverter : JsonConverter<Instant>
{
    private static readonly InstantPattern Pattern = InstantPattern.ExtendedIso;

    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an ISO-8601 instant string but found {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        var result = Pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not an ISO-8601 UTC instant such as 2026-03-08T06:30:00Z.");
    }

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
        => writer.WriteStringValue(Pattern.Format(value));
}
