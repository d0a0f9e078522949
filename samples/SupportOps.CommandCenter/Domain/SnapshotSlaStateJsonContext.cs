using System.Text.Json.Serialization;

namespace SupportOps.CommandCenter.Domain;

/// <summary>Source-generated JSON for <see cref="SnapshotSlaState"/> (compact: no indentation, nulls left out).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SnapshotSlaState))]
internal sealed partial class SnapshotSlaStateJsonContext : JsonSerializerContext;
