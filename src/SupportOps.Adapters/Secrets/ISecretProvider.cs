using System.Diagnostics.CodeAnalysis;

namespace SupportOps.Adapters.Secrets;

/// <summary>
/// Looks up secrets by name. Secrets come from configuration or environment variables, never from
/// a database and never from a log.
/// </summary>
/// <remarks>Implementations must be thread-safe.</remarks>
public interface ISecretProvider
{
    /// <summary>Looks up a secret.</summary>
    /// <param name="name">The secret's name, for example <see cref="SecretNames.SlackSigningSecret"/>. Must not be null.</param>
    /// <param name="secret">The secret when found; otherwise null.</param>
    /// <returns><see langword="true"/> when a non-empty value was found.</returns>
    bool TryGetSecret(string name, [NotNullWhen(true)] out Secret? secret);
}
