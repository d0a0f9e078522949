namespace SupportOps.CommandCenter.Summaries;

/// <summary>
/// Which summarizer the host uses (section <c>CommandCenter:Summarizer</c>). Without an
/// <see cref="Endpoint"/> the deterministic local summarizer runs; with one, the chat-client
/// summarizer calls that OpenAI-compatible endpoint and falls back to the local one on timeout, error
/// or invalid output.
/// </summary>
public sealed class SummarizerSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CommandCenter:Summarizer";

    /// <summary>Gets or sets the base address of an OpenAI-compatible API (e.g. <c>http://localhost:11434/v1</c>).</summary>
    /// <value>The default value is null: the local summarizer.</value>
    public string? Endpoint { get; set; }

    /// <summary>Gets or sets the model name sent to the endpoint.</summary>
    /// <value>The default value is <c>gpt-4o-mini</c>.</value>
    public string Model { get; set; } = "gpt-4o-mini";

    /// <summary>Gets or sets the API key. Never logged, never returned by the API.</summary>
    /// <value>The default value is null (a placeholder key is sent, for local servers that ignore it).</value>
    public string? ApiKey { get; set; }

    /// <summary>Gets or sets how long to wait for the model before falling back.</summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets the configuration errors (an endpoint that is not an absolute http(s) URI, an empty model, a non-positive timeout).</summary>
    /// <returns>The errors; empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Endpoint is not null
            && (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            errors.Add($"{Section}:Endpoint must be an absolute http or https URI; got '{Endpoint}'.");
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            errors.Add($"{Section}:Model must not be empty.");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            errors.Add($"{Section}:Timeout must be positive; got {Timeout}.");
        }

        return errors;
    }
}
