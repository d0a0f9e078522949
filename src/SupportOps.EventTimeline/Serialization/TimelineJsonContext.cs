using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SupportOps.EventTimeline.Events;

namespace SupportOps.EventTimeline.Serialization;

/// <summary>The source-generated serialization metadata: snake_case names, ISO-8601 NodaTime values, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowOutOfOrderMetadataProperties = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    Converters = [typeof(InstantJsonConverter), typeof(DurationJsonConverter)])]
[JsonSerializable(typeof(TicketEvent))]
[JsonSerializable(typeof(EnvelopeWriteModel))]
[JsonSerializable(typeof(EnvelopeReadModel))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class TimelineJsonContext : JsonSerializerContext;
