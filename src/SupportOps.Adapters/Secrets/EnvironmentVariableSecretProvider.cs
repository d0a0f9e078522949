using System.Diagnostics.CodeAnalysis;
using SupportOps.Adapters.Internal;

namespace SupportOps.Adapters.Secrets;

/// <summary>
/// Reads secrets from environment variables named <c>{Prefix}{NAME}</c>, where the secret name is
/// upper-cased and its <c>:</c> separators become <c>_</c>: <c>Slack:SigningSecret</c> is read from
/// <c>SUPPORTOPS_SLACK_SIGNINGSECRET</c>.
/// </summary>
/// <remarks>Thread-safe. The variable reader is injectable so tests need not touch the process environment.</remarks>
public sealed class EnvironmentVariableSecretProvider : ISecretProvider
{
    /// <summary>The prefix of the variable names unless another is given.</summary>
    public const string DefaultPrefix = "SUPPORTOPS_";

    private readonly string prefix;
    private readonly Func<string, string?> readVariable;

    /// <summary>Initializes a provider over the process environment.</summary>
    /// <param name="prefix">The variable-name prefix. Must not be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is null.</exception>
    public EnvironmentVariableSecretProvider(string prefix = DefaultPrefix)
        : this(prefix, Environment.GetEnvironmentVariable)
    {
    }

    /// <summary>Initializes a provider over a variable reader (for tests and custom environments).</summary>
    /// <param name="prefix">The variable-name prefix. Must not be null.</param>
    /// <param name="readVariable">Reads one variable by name, returning null when it is not set. Must not be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> or <paramref name="readVariable"/> is null.</exception>
    public EnvironmentVariableSecretProvider(string prefix, Func<string, string?> readVariable)
    {
        this.prefix = Guard.NotNull(prefix);
        this.readVariable = Guard.NotNull(readVariable);
    }

    /// <summary>Gets the environment variable name a secret is read from.</summary>
    /// <param name="name">The secret name. Must not be null.</param>
    /// <returns>The variable name, for example <c>SUPPORTOPS_SLACK_SIGNINGSECRET</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public string VariableName(string name) =>
        prefix + Guard.NotNull(name).Replace(':', '_').ToUpperInvariant();

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool TryGetSecret(string name, [NotNullWhen(true)] out Secret? secret)
    {
        var value = readVariable(VariableName(name));
        secret = string.IsNullOrWhiteSpace(value) ? null : new Secret(name, value);
        return secret is not null;
    }
}
