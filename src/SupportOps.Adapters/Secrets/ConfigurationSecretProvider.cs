using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using SupportOps.Adapters.Internal;

namespace SupportOps.Adapters.Secrets;

/// <summary>
/// Reads secrets from an <see cref="IConfiguration"/> section, by default <c>Adapters:Secrets</c>.
/// </summary>
/// <remarks>
/// <para>
/// Any configuration source works: user secrets in development, environment variables
/// (<c>Adapters__Secrets__Slack__SigningSecret</c>) or a key-per-file mount in containers. Values
/// are read on every call, so reloaded configuration is picked up. Thread-safe.
/// </para>
/// </remarks>
public sealed class ConfigurationSecretProvider : ISecretProvider
{
    /// <summary>The configuration section secrets are read from unless another is given.</summary>
    public const string DefaultSectionPath = "Adapters:Secrets";

    private readonly IConfiguration section;

    /// <summary>Initializes a provider over a configuration.</summary>
    /// <param name="configuration">The configuration root. Must not be null.</param>
    /// <param name="sectionPath">The section holding the secrets. Must not be null or empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="configuration"/> or <paramref name="sectionPath"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sectionPath"/> is empty.</exception>
    public ConfigurationSecretProvider(IConfiguration configuration, string sectionPath = DefaultSectionPath)
    {
        Guard.NotNull(configuration);
        section = configuration.GetSection(Guard.NotNullOrWhiteSpace(sectionPath));
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool TryGetSecret(string name, [NotNullWhen(true)] out Secret? secret)
    {
        Guard.NotNull(name);
        var value = section[name];
        secret = string.IsNullOrWhiteSpace(value) ? null : new Secret(name, value);
        return secret is not null;
    }
}
