using System.Text.Json.Serialization;

namespace SupportOps.IngestCli.Storage;

/// <summary>Source-generated JSON for the cursor file.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(SortedDictionary<string, string>))]
internal sealed partial class CursorJsonContext : JsonSerializerContext;
