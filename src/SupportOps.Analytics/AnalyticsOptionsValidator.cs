using Microsoft.Extensions.Options;

namespace SupportOps.Analytics;

/// <summary>Validates <see cref="AnalyticsOptions"/> with <see cref="AnalyticsOptions.Validate"/>.</summary>
/// <remarks><para>Registered by <c>AddAnalytics</c> and run when the host starts. This type is stateless and thread-safe.</para></remarks>
public sealed class AnalyticsOptionsValidator : IValidateOptions<AnalyticsOptions>
{
    /// <summary>Validates the options.</summary>
    /// <param name="name">The options name.</param>
    /// <param name="options">The options; must not be null.</param>
    /// <returns>Success, or a failure whose message names the option and its value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ValidateOptionsResult Validate(string? name, AnalyticsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentOutOfRangeException error)
        {
            return ValidateOptionsResult.Fail(error.Message);
        }
    }
}
