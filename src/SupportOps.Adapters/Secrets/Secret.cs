using SupportOps.Adapters.Internal;

namespace SupportOps.Adapters.Secrets;

/// <summary>
/// A secret value (API token, signing secret, password) that never shows itself by accident.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="ToString"/> returns a redacted text, so a secret written to a log, an exception
/// message or a string interpolation shows only its name. Read the value deliberately with
/// <see cref="Reveal"/> at the one place that needs it (computing an HMAC, building an
/// authorization header).
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class Secret
{
    private readonly string value;

    /// <summary>Initializes a secret.</summary>
    /// <param name="name">The secret's name, for example <c>Slack:SigningSecret</c>. Must not be null or empty.</param>
    /// <param name="value">The secret value. Must not be null or empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="value"/> is empty or white space.</exception>
    public Secret(string name, string value)
    {
        Name = Guard.NotNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        if (string.IsNullOrWhiteSpace(value))
        {
            // The message names the secret but never echoes the value.
            throw new ArgumentException($"The value of secret '{name}' must not be empty or white space.", nameof(value));
        }

        this.value = value;
    }

    /// <summary>Gets the secret's name (never sensitive).</summary>
    public string Name { get; }

    /// <summary>Returns the secret value. Call it only where the value is used, never to log it.</summary>
    /// <returns>The secret value.</returns>
    public string Reveal() => value;

    /// <summary>Returns a redacted text naming the secret, never its value.</summary>
    /// <returns><c>Secret(Name: ***)</c>.</returns>
    public override string ToString() => $"Secret({Name}: ***)";
}
