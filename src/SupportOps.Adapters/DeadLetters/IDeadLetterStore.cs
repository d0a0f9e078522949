namespace SupportOps.Adapters.DeadLetters;

/// <summary>Keeps the payloads ingest could not understand.</summary>
/// <remarks>
/// Implementations must be thread-safe and idempotent on <see cref="DeadLetter.Key"/>: adding a dead
/// letter whose key is already stored does nothing.
/// </remarks>
public interface IDeadLetterStore
{
    /// <summary>Stores a dead letter durably, unless one with the same key is already stored.</summary>
    /// <param name="deadLetter">The dead letter. Must not be null.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when it was added; <see langword="false"/> when it was already stored.</returns>
    ValueTask<bool> AddAsync(DeadLetter deadLetter, CancellationToken cancellationToken = default);

    /// <summary>Reads every stored dead letter, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The dead letters.</returns>
    ValueTask<IReadOnlyList<DeadLetter>> ReadAllAsync(CancellationToken cancellationToken = default);
}
