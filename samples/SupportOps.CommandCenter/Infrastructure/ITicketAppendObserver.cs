using SupportOps.EventTimeline.Storage;

namespace SupportOps.CommandCenter.Infrastructure;

/// <summary>
/// Told about each append after its transaction committed (live inbox updates, refresh-on-append,
/// notifications). Best effort: an observer's failure is logged and never fails the append.
/// </summary>
public interface ITicketAppendObserver
{
    /// <summary>Handles a committed append that stored at least one event.</summary>
    /// <param name="result">The append's result.</param>
    /// <param name="snapshot">The ticket's snapshot as committed.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the observer is done.</returns>
    ValueTask OnAppendedAsync(AppendResult result, TicketSnapshotRecord snapshot, CancellationToken cancellationToken);
}
