using System.Collections.Concurrent;

namespace SupportOps.CommandCenter.Background;

/// <summary>Lets code ask a periodic job to run soon instead of at its next interval (coalescing requests).</summary>
/// <remarks>Singleton and thread-safe.</remarks>
public sealed class JobTrigger
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _signals = new(StringComparer.Ordinal);

    /// <summary>Asks the job to run soon; several requests before it runs count once.</summary>
    /// <param name="jobName">The job's name; must not be null.</param>
    public void Request(string jobName)
    {
        var signal = Signal(jobName);
        lock (signal)
        {
            if (signal.CurrentCount == 0)
            {
                signal.Release();
            }
        }
    }

    /// <summary>Waits until the job is requested.</summary>
    /// <param name="jobName">The job's name; must not be null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes on a request.</returns>
    public Task WaitAsync(string jobName, CancellationToken cancellationToken) => Signal(jobName).WaitAsync(cancellationToken);

    private SemaphoreSlim Signal(string jobName)
    {
        ArgumentNullException.ThrowIfNull(jobName);
        return _signals.GetOrAdd(jobName, _ => new SemaphoreSlim(0, 1));
    }
}
