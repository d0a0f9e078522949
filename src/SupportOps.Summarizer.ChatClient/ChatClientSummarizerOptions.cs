using SupportOps.Summarizer.ChatClient.Prompts;

namespace SupportOps.Summarizer.ChatClient;

/// <summary>Settings of the <see cref="ChatClientSummarizer"/>.</summary>
/// <remarks>
/// Bound from the configuration section <see cref="SectionName"/> by
/// <see cref="ChatClientSummarizerServiceCollectionExtensions.AddChatClientSummarizer"/> and validated on
/// start. No credentials belong here: the <c>IChatClient</c> registered in DI carries them.
/// </remarks>
public sealed class ChatClientSummarizerOptions
{
    /// <summary>The configuration section bound to these options: <c>SupportOps:Summarizer:ChatClient</c>.</summary>
    public const string SectionName = "SupportOps:Summarizer:ChatClient";

    /// <summary>How long to wait for the model before falling back to the local summarizer.</summary>
    /// <value>The default value is 30 seconds. Must be more than zero and at most 10 minutes.</value>
    /// <remarks>A <see cref="TimeSpan"/> rather than a NodaTime duration so that configuration binds it (<c>"00:00:30"</c>).</remarks>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The model to ask for.</summary>
    /// <value>The default value is null: the chat client's default model.</value>
    public string? ModelId { get; set; }

    /// <summary>The provider name recorded in results.</summary>
    /// <value>The default value is null: the chat client's own provider name (<c>openai</c>, <c>ollama</c>, ...), else <c>chat-client</c>.</value>
    public string? ProviderName { get; set; }

    /// <summary>The sampling temperature.</summary>
    /// <value>The default value is 0, for answers as repeatable as the provider allows. Must be between 0 and 2.</value>
    public float Temperature { get; set; }

    /// <summary>The most tokens the model may answer with.</summary>
    /// <value>The default value is 1200. Must be between 256 and 32000.</value>
    public int MaxOutputTokens { get; set; } = 1200;

    /// <summary>Whether to ask for output constrained by the prompt's JSON schema, or only for JSON.</summary>
    /// <value>The default value is true. Set it to false for providers without structured output; the answer is validated either way.</value>
    public bool UseJsonSchema { get; set; } = true;

    /// <summary>The DI key of the <c>IChatClient</c> to use.</summary>
    /// <value>The default value is null: the unkeyed <c>IChatClient</c>.</value>
    public string? ChatClientKey { get; set; }

    /// <summary>The prompt and schema.</summary>
    /// <value>The default value is null, meaning <see cref="SummaryPrompt.Default"/>.</value>
    public SummaryPrompt? Prompt { get; set; }

    /// <summary>Lists what is wrong with these options.</summary>
    /// <returns>One message per invalid setting; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(10))
        {
            errors.Add($"{nameof(Timeout)} must be more than zero and at most 10 minutes, but was {Timeout}.");
        }

        if (float.IsNaN(Temperature) || Temperature is < 0 or > 2)
        {
            errors.Add($"{nameof(Temperature)} must be between 0 and 2, but was {Temperature}.");
        }

        if (MaxOutputTokens is < 256 or > 32000)
        {
            errors.Add($"{nameof(MaxOutputTokens)} must be between 256 and 32000, but was {MaxOutputTokens}.");
        }

        if (ModelId is not null && string.IsNullOrWhiteSpace(ModelId))
        {
            errors.Add($"{nameof(ModelId)} must be null or a model name, but was white space.");
        }

        if (ProviderName is not null && string.IsNullOrWhiteSpace(ProviderName))
        {
            errors.Add($"{nameof(ProviderName)} must be null or a name, but was white space.");
        }

        return errors;
    }
}
