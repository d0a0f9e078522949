using Microsoft.Extensions.Options;

namespace SupportOps.RiskModel.Scoring;

/// <summary>Validates <see cref="RiskScoringOptions"/> for the options system (used with <c>ValidateOnStart</c>).</summary>
/// <remarks><para>Stateless and thread-safe. Reports every failure, each naming its option.</para></remarks>
public sealed class RiskScoringOptionsValidator : IValidateOptions<RiskScoringOptions>
{
    /// <summary>Validates one named instance of the options.</summary>
    /// <param name="name">The options name.</param>
    /// <param name="options">The options; must not be null.</param>
    /// <returns>Success, or a failure listing every invalid option.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ValidateOptionsResult Validate(string? name, RiskScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.GetValidationFailures();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
