namespace SupportOps.Summarizer.Abstractions.Requests;

/// <summary>The channel a message arrived through. Wire values are snake_case.</summary>
public enum Channel
{
    /// <summary>Email.</summary>
    Email,

    /// <summary>A web form or the help center.</summary>
    Web,

    /// <summary>Live chat.</summary>
    Chat,

    /// <summary>Slack.</summary>
    Slack,

    /// <summary>Social media.</summary>
    Social,

    /// <summary>A phone call (its transcript or notes).</summary>
    Phone,

    /// <summary>The public API.</summary>
    Api,
}
