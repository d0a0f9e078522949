using Microsoft.Extensions.Options;

namespace SupportOps.Adapters.Ingest;

/// <summary>Validates <see cref="IngestPipelineOptions"/>; registered with <c>ValidateOnStart</c>.</summary>
public sealed class IngestPipelineOptionsValidator : IValidateOptions<IngestPipelineOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, IngestPipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxPayloadBytes < 1)
        {
            failures.Add($"{nameof(IngestPipelineOptions.MaxPayloadBytes)} must be positive, but was {options.MaxPayloadBytes}.");
        }

        if (options.MaxPagesPerRun < 1)
        {
            failures.Add($"{nameof(IngestPipelineOptions.MaxPagesPerRun)} must be positive, but was {options.MaxPagesPerRun}.");
        }

        if (options.ConcurrencyRetries is < 0 or > 100)
        {
            failures.Add($"{nameof(IngestPipelineOptions.ConcurrencyRetries)} must be between 0 and 100, but was {options.ConcurrencyRetries}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
