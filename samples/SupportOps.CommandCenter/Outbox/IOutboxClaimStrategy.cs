using NodaTime;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Outbox;

/// <summary>
/// Claims a batch of due outbox messages for one dispatcher pass so that two instances never claim the
/// same message. The provider seam: <see cref="ConditionalUpdateOutboxClaimStrategy"/> is the
/// provider-neutral default (SQLite and PostgreSQL); a PostgreSQL registration may replace it with a
/// <c>SELECT … FOR UPDATE SKIP LOCKED</c> strategy that lets concurrent dispatchers skip each other's rows
/// instead of waiting.
/// </summary>
public interface IOutboxClaimStrategy
{
    /// <summary>Claims up to <paramref name="batchSize"/> messages that are pending and due, or whose claim expired.</summary>
    /// <param name="db">The context to claim on.</param>
    /// <param name="claimToken">The token the claimed rows get; unique to this claim.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="claimFor">How long the claim lasts.</param>
    /// <param name="batchSize">The most rows to claim.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The claimed rows (detached), oldest first.</returns>
    Task<IReadOnlyList<OutboxMessageRecord>> ClaimAsync(CommandCenterDbContext db, string claimToken, Instant now, Duration claimFor, int batchSize, CancellationToken cancellationToken);
}
