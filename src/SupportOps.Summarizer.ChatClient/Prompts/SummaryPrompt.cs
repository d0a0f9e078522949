using System.Text.Json;
using SupportOps.Summarizer.ChatClient.Internal;

namespace SupportOps.Summarizer.ChatClient.Prompts;

/// <summary>The versioned prompt and JSON schema the <see cref="ChatClientSummarizer"/> sends to the model.</summary>
/// <remarks>
/// <para>
/// <see cref="Default"/> is the embedded <c>Resources/prompt.v1.json</c> (<c>summary-prompt-v1</c>).
/// To change the prompt, copy that file, edit it with a new <c>version</c>, and pass
/// <see cref="FromJson(string)"/> of it through <see cref="ChatClientSummarizerOptions.Prompt"/>. The
/// version is written into the system message and recorded in every result.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SummaryPrompt
{
    private const string VersionPlaceholder = "{version}";
    private const string TicketPlaceholder = "{ticket}";

    private static readonly Lazy<SummaryPrompt> DefaultPrompt = new(() => FromJson(ReadResource("prompt.v1.json")));

    private SummaryPrompt(string version, string schemaName, string system, string user, JsonElement schema)
    {
        Version = version;
        SchemaName = schemaName;
        SystemMessage = system.Replace(VersionPlaceholder, version, StringComparison.Ordinal);
        UserTemplate = user;
        Schema = schema;
    }

    /// <summary>The prompt shipped with the package (<c>summary-prompt-v1</c>).</summary>
    public static SummaryPrompt Default => DefaultPrompt.Value;

    /// <summary>The prompt version, e.g. <c>summary-prompt-v1</c>.</summary>
    public string Version { get; }

    /// <summary>The name given to the JSON schema in the response format.</summary>
    public string SchemaName { get; }

    /// <summary>The system message, with the version filled in.</summary>
    public string SystemMessage { get; }

    /// <summary>The user message template; <c>{ticket}</c> is replaced by the canonical ticket.</summary>
    public string UserTemplate { get; }

    /// <summary>The JSON schema of the expected answer.</summary>
    public JsonElement Schema { get; }

    /// <summary>Reads a prompt in the format of the embedded <c>prompt.v1.json</c>.</summary>
    /// <param name="json">The JSON document. Must not be null.</param>
    /// <returns>The prompt.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The JSON is malformed, or lacks <c>version</c>, <c>system</c>, a <c>user</c> template containing <c>{ticket}</c>, or an object <c>schema</c>.</exception>
    public static SummaryPrompt FromJson(string json)
    {
        Guard.NotNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            var version = RequiredString(root, "version");
            var system = RequiredString(root, "system");
            var user = RequiredString(root, "user");
            if (!user.Contains(TicketPlaceholder, StringComparison.Ordinal))
            {
                throw new FormatException($"The prompt's 'user' template must contain {TicketPlaceholder}.");
            }

            var schemaName = root.TryGetProperty("schema_name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString()! : "ticket_summary";
            if (!root.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("The prompt needs an object 'schema'.");
            }

            return new SummaryPrompt(version, schemaName, system, user, schema.Clone());
        }
        catch (JsonException exception)
        {
            throw new FormatException("The prompt is not valid JSON: " + exception.Message, exception);
        }
    }

    /// <summary>The user message for a canonical ticket.</summary>
    /// <param name="canonicalTicket">The canonical form of the request. Must not be null.</param>
    /// <returns>The user message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="canonicalTicket"/> is null.</exception>
    public string FormatUserMessage(string canonicalTicket) =>
        UserTemplate.Replace(TicketPlaceholder, Guard.NotNull(canonicalTicket), StringComparison.Ordinal);

    private static string RequiredString(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw new FormatException($"The prompt needs a non-empty string '{property}'.");

    private static string ReadResource(string fileName)
    {
        var name = "SupportOps.Summarizer.ChatClient.Resources." + fileName;
        using var stream = typeof(SummaryPrompt).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
