using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using SupportOps.Adapters.Internal;

namespace SupportOps.Adapters.Secrets;

/// <summary>Asks several providers in order and returns the first secret found.</summary>
/// <remarks>Thread-safe when the inner providers are.</remarks>
public sealed class CompositeSecretProvider : ISecretProvider
{
    private readonly ImmutableArray<ISecretProvider> providers;

    /// <summary>Initializes a composite over providers asked in the given order.</summary>
    /// <param name="providers">The providers. Must not be null or contain null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="providers"/> is null or contains null.</exception>
    public CompositeSecretProvider(params IEnumerable<ISecretProvider> providers)
    {
        this.providers = [.. Guard.NotNull(providers)];
        if (this.providers.Any(provider => provider is null))
        {
            throw new ArgumentNullException(nameof(providers), "providers must not contain null.");
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public bool TryGetSecret(string name, [NotNullWhen(true)] out Secret? secret)
    {
        Guard.NotNull(name);
        foreach (var provider in providers)
        {
            if (provider.TryGetSecret(name, out secret))
            {
                return true;
            }
        }

        secret = null;
        return false;
    }
}
