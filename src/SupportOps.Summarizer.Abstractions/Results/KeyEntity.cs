using SupportOps.Summarizer.Abstractions.Internal;

namespace SupportOps.Summarizer.Abstractions.Results;

/// <summary>A fact found in a ticket: an order id, an error code, an amount, a product...</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record KeyEntity
{
    /// <summary>Creates an entity.</summary>
    /// <param name="type">The kind of entity.</param>
    /// <param name="value">Its normalized value. Must not be null or white space.</param>
    /// <param name="confidence">How sure the extractor is, from 0 to 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is outside 0..1.</exception>
    public KeyEntity(EntityType type, string value, double confidence)
    {
        Type = type;
        Value = Guard.NotNullOrWhiteSpace(value);
        Confidence = Guard.InRange(confidence, 0, 1);
    }

    /// <summary>The kind of entity.</summary>
    public EntityType Type { get; }

    /// <summary>The normalized value (see <see cref="EntityType"/> for each kind's form).</summary>
    public string Value { get; }

    /// <summary>How sure the extractor is, from 0 to 1.</summary>
    public double Confidence { get; }
}
