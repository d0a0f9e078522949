using System.Globalization;

namespace SupportOps.EventTimeline.Storage;

/// <summary>
/// The stream version an append expects to find, for optimistic concurrency.
/// </summary>
/// <remarks>
/// <para><see cref="Any"/> appends whatever the stream's version; <see cref="NoStream"/> requires the stream
/// to be empty (version 0); <see cref="Exactly"/> requires the given version.</para>
/// </remarks>
public readonly record struct ExpectedVersion
{
    private const long AnyValue = -1;

    private ExpectedVersion(long value) => Value = value;

    /// <summary>Gets an expectation that matches every stream version.</summary>
    public static ExpectedVersion Any { get; } = new(AnyValue);

    /// <summary>Gets an expectation that the stream is empty (version 0).</summary>
    public static ExpectedVersion NoStream { get; } = new(0);

    /// <summary>Gets the expected version, or -1 for <see cref="Any"/>.</summary>
    public long Value { get; }

    /// <summary>Gets a value indicating whether this expectation matches every version.</summary>
    public bool IsAny => Value == AnyValue;

    /// <summary>Creates an expectation of exactly <paramref name="version"/> (0 for an empty stream).</summary>
    /// <param name="version">The version the stream must be at; must not be negative.</param>
    /// <returns>The expectation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is negative.</exception>
    public static ExpectedVersion Exactly(long version) => new(Internal.Guard.NotNegative(version));

    /// <summary>Tells whether a stream at <paramref name="currentVersion"/> meets this expectation.</summary>
    /// <param name="currentVersion">The stream's current version (0 when empty).</param>
    /// <returns><see langword="true"/> when an append may go ahead.</returns>
    public bool IsMetBy(long currentVersion) => IsAny || Value == currentVersion;

    /// <summary>Returns <c>any</c> or the expected version number.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsAny ? "any" : Value.ToString(CultureInfo.InvariantCulture);
}
