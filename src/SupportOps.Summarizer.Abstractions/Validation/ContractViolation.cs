namespace SupportOps.Summarizer.Abstractions.Validation;

/// <summary>One way a result breaks the contract: the field (a JSON-like path) and what is wrong.</summary>
/// <param name="Field">The offending field, e.g. <c>next_actions[2].confidence</c>.</param>
/// <param name="Message">What is wrong, e.g. <c>must be between 0 and 1, but was 1.4</c>.</param>
public sealed record ContractViolation(string Field, string Message)
{
    /// <summary>The violation as <c>field: message</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Field}: {Message}";
}
