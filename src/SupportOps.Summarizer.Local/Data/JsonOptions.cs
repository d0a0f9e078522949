using System.Text.Json;

namespace SupportOps.Summarizer.Local.Data;

internal static class JsonOptions
{
    public static readonly JsonSerializerOptions Data = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}
