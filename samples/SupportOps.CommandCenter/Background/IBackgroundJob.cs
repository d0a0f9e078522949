namespace SupportOps.CommandCenter.Background;

/// <summary>
/// One unit of periodic work, run by <see cref="LeasedJobRunner"/> under the database lease
/// <c>job:{Name}</c> so that at most one host instance runs it at a time.
/// </summary>
/// <remarks>Implementations are scoped (one per run, over the run's own database context) and take the
/// current instant from the injected clock.</remarks>
public interface IBackgroundJob
{
    /// <summary>Gets the job's name (<c>outbox-dispatch</c>, <c>sla-refresh</c>, …), also its lease's suffix.</summary>
    string Name { get; }

    /// <summary>Runs the job once.</summary>
    /// <param name="cancellationToken">Cancelled on shutdown or when the lease is lost.</param>
    /// <returns>A short summary for the log.</returns>
    Task<string> RunOnceAsync(CancellationToken cancellationToken);
}
