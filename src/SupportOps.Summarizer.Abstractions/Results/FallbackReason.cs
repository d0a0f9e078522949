namespace SupportOps.Summarizer.Abstractions.Results;

/// <summary>Why a summarizer fell back to its fallback. Wire values are snake_case.</summary>
public enum FallbackReason
{
    /// <summary>The primary summarizer did not answer in time.</summary>
    Timeout,

    /// <summary>The primary summarizer failed (network, provider or client error).</summary>
    Error,

    /// <summary>The primary summarizer answered, but the answer broke the result contract.</summary>
    InvalidOutput,
}
