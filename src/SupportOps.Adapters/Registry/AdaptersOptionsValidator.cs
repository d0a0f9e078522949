using Microsoft.Extensions.Options;
using SupportOps.Adapters.Internal;
using SupportOps.Adapters.Secrets;

namespace SupportOps.Adapters.Registry;

/// <summary>
/// Fails start-up in <see cref="AdapterMode.Production"/> when a secret a registered adapter needs is
/// missing, with one failure naming each missing secret and where it is looked for.
/// </summary>
public sealed class AdaptersOptionsValidator : IValidateOptions<AdaptersOptions>
{
    private readonly IEnumerable<AdapterDescriptor> descriptors;
    private readonly ISecretProvider secrets;

    /// <summary>Initializes a validator.</summary>
    /// <param name="descriptors">The registered adapters. Must not be null.</param>
    /// <param name="secrets">Where secrets are looked up. Must not be null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AdaptersOptionsValidator(IEnumerable<AdapterDescriptor> descriptors, ISecretProvider secrets)
    {
        this.descriptors = Guard.NotNull(descriptors);
        this.secrets = Guard.NotNull(secrets);
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AdaptersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(options.Mode))
        {
            return ValidateOptionsResult.Fail($"Adapters:Mode must be Mock or Production, but was {options.Mode}.");
        }

        if (options.Mode != AdapterMode.Production)
        {
            return ValidateOptionsResult.Success;
        }

        var environment = new EnvironmentVariableSecretProvider();
        var failures = descriptors
            .SelectMany(descriptor => descriptor.RequiredSecrets)
            .Distinct(StringComparer.Ordinal)
            .Where(secret => !secrets.TryGetSecret(secret, out _))
            .Select(secret => $"Adapters:Mode is Production but the secret '{secret}' is missing: set the configuration key '{ConfigurationSecretProvider.DefaultSectionPath}:{secret}' or the environment variable '{environment.VariableName(secret)}'.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
