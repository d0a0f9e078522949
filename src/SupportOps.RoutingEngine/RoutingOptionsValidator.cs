using Microsoft.Extensions.Options;

namespace SupportOps.RoutingEngine;

/// <summary>Validates <see cref="RoutingOptions"/> for the options system.</summary>
internal sealed class RoutingOptionsValidator : IValidateOptions<RoutingOptions>
{
    public ValidateOptionsResult Validate(string? name, RoutingOptions options)
    {
        var failures = options.Validate();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
