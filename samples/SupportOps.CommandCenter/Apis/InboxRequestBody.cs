using System.Text.Json;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace SupportOps.CommandCenter.Apis;

/// <summary>Reads a JSON request body, turning malformed JSON into an error that names the field.</summary>
internal static class InboxRequestBody
{
    /// <summary>Deserializes the body; on malformed JSON returns false with the field (its JSON path, or <c>body</c>) in <paramref name="errors"/>.</summary>
    public static async Task<(bool Ok, T? Value)> TryReadAsync<T>(HttpRequest request, IOptions<JsonOptions> jsonOptions, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return (true, await JsonSerializer.DeserializeAsync<T>(request.Body, jsonOptions.Value.SerializerOptions, cancellationToken).ConfigureAwait(false));
        }
        catch (JsonException exception)
        {
            var field = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "body" : exception.Path.TrimStart('$', '.');
            errors[field] = ["The request body is not valid JSON for this field."];
            return (false, null);
        }
    }
}
