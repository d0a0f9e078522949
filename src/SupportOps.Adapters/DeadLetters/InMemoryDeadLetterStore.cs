using SupportOps.Adapters.Internal;

namespace SupportOps.Adapters.DeadLetters;

/// <summary>A thread-safe in-memory <see cref="IDeadLetterStore"/> for tests and small apps.</summary>
public sealed class InMemoryDeadLetterStore : IDeadLetterStore
{
    private readonly Lock gate = new();
    private readonly List<DeadLetter> deadLetters = [];
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="deadLetter"/> is null.</exception>
    public ValueTask<bool> AddAsync(DeadLetter deadLetter, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(deadLetter);
        lock (gate)
        {
            if (!keys.Add(deadLetter.Key))
            {
                return ValueTask.FromResult(false);
            }

            deadLetters.Add(deadLetter);
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<DeadLetter>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return ValueTask.FromResult<IReadOnlyList<DeadLetter>>([.. deadLetters]);
        }
    }
}
