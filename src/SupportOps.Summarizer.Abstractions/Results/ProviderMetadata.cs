using SupportOps.Summarizer.Abstractions.Internal;

namespace SupportOps.Summarizer.Abstractions.Results;

/// <summary>Which provider, model and prompt version produced a result, and whether a fallback was used.</summary>
/// <remarks>This type is immutable and thread-safe. It never carries credentials or raw error messages.</remarks>
public sealed record ProviderMetadata
{
    /// <summary>Creates metadata for a result produced without fallback.</summary>
    /// <param name="provider">The provider (<c>local</c>, <c>openai</c>, ...). Must not be null or white space.</param>
    /// <param name="model">The model or algorithm version. Must not be null or white space.</param>
    /// <param name="promptVersion">The prompt or data version. Must not be null or white space.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty or white space.</exception>
    public ProviderMetadata(string provider, string model, string promptVersion)
    {
        Provider = Guard.NotNullOrWhiteSpace(provider);
        Model = Guard.NotNullOrWhiteSpace(model);
        PromptVersion = Guard.NotNullOrWhiteSpace(promptVersion);
    }

    /// <summary>The provider that produced the result (<c>local</c>, <c>openai</c>, ...).</summary>
    public string Provider { get; }

    /// <summary>The model or algorithm version that produced the result.</summary>
    public string Model { get; }

    /// <summary>The prompt or data version used.</summary>
    public string PromptVersion { get; }

    /// <summary>Why the fallback produced this result, or null when the primary summarizer did.</summary>
    /// <remarks>The default value is null.</remarks>
    public FallbackReason? FallbackReason { get; init; }

    /// <summary>Whether a fallback produced this result.</summary>
    public bool FallbackUsed => FallbackReason is not null;
}
