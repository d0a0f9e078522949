using Microsoft.Extensions.Options;

namespace SupportOps.CommandCenter.Background;

/// <summary>Validates an options class by the list of problems it reports, failing start-up with all of them.</summary>
/// <typeparam name="TOptions">The options class.</typeparam>
/// <param name="problems">Lists the problems of an instance.</param>
internal sealed class ProblemsValidator<TOptions>(Func<TOptions, IEnumerable<string>> problems) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = problems(options).ToList();
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
    }
}
