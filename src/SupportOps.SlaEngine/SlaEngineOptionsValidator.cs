using Microsoft.Extensions.Options;

namespace SupportOps.SlaEngine;

/// <summary>
/// Validates <see cref="SlaEngineOptions"/> by loading everything they point to: the policy set, every
/// calendar, the default calendar and the calendar names the policies use.
/// </summary>
/// <remarks><para>Registered by <c>AddSlaEngine</c> and run when the host starts. This type is stateless and thread-safe.</para></remarks>
public sealed class SlaEngineOptionsValidator : IValidateOptions<SlaEngineOptions>
{
    /// <summary>Validates the options.</summary>
    /// <param name="name">The options name.</param>
    /// <param name="options">The options; must not be null.</param>
    /// <returns>Success, or a failure whose message names the option and the value.</returns>
    public ValidateOptionsResult Validate(string? name, SlaEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            _ = SlaEngineLoader.Load(options);
            return ValidateOptionsResult.Success;
        }
        catch (Exception error) when (error is FormatException or ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail(error.Message);
        }
    }
}
