using Microsoft.Extensions.Options;

namespace SupportOps.Adapters.Outbox;

/// <summary>Validates <see cref="OutboxDispatcherOptions"/>; registered with <c>ValidateOnStart</c>.</summary>
public sealed class OutboxDispatcherOptionsValidator : IValidateOptions<OutboxDispatcherOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, OutboxDispatcherOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxAttempts is < 1 or > 100)
        {
            failures.Add($"{nameof(OutboxDispatcherOptions.MaxAttempts)} must be between 1 and 100, but was {options.MaxAttempts}.");
        }

        if (options.BaseDelay <= TimeSpan.Zero)
        {
            failures.Add($"{nameof(OutboxDispatcherOptions.BaseDelay)} must be positive, but was {options.BaseDelay}.");
        }

        if (options.MaxDelay < options.BaseDelay)
        {
            failures.Add($"{nameof(OutboxDispatcherOptions.MaxDelay)} must be at least {nameof(OutboxDispatcherOptions.BaseDelay)} ({options.BaseDelay}), but was {options.MaxDelay}.");
        }

        if (options.BatchSize < 1)
        {
            failures.Add($"{nameof(OutboxDispatcherOptions.BatchSize)} must be positive, but was {options.BatchSize}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
