using System.Collections.Immutable;
using SupportOps.RoutingEngine.Linting;

namespace SupportOps.RoutingEngine.Policies;

/// <summary>Thrown when a routing policy cannot be loaded: malformed JSON, bad values, or linter errors.</summary>
public sealed class InvalidRoutingPolicyException : Exception
{
    /// <summary>Initializes a new instance with a generic message.</summary>
    public InvalidRoutingPolicyException()
        : this("The routing policy is invalid.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public InvalidRoutingPolicyException(string message)
        : this(message, innerException: null)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause, or null.</param>
    public InvalidRoutingPolicyException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Findings = [];
    }

    /// <summary>Initializes a new instance carrying the linter errors that make the policy invalid.</summary>
    /// <param name="findings">The error findings; must not be null.</param>
    public InvalidRoutingPolicyException(IEnumerable<LintFinding> findings)
        : base(Describe(findings))
    {
        Findings = [.. findings];
    }

    /// <summary>Gets the linter findings (errors) that make the policy invalid; empty for format errors.</summary>
    public ImmutableArray<LintFinding> Findings { get; }

    private static string Describe(IEnumerable<LintFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return "The routing policy is invalid: " + string.Join(" ", findings.Select(f => f.ToString()));
    }
}
