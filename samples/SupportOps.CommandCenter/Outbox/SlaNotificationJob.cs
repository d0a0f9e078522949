using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using SupportOps.Adapters.Outbox;
using SupportOps.CommandCenter.Background;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Outbox;

/// <summary>
/// Enqueues SLA notifications from the ticket snapshots: a warning (Slack) when a running timer is due
/// within <see cref="NotificationOptions.WarnBefore"/>, a breach (Slack and email) once it is breached.
/// Urgent priorities go out at once; the others wait for the team's business hours.
/// </summary>
/// <remarks>
/// <para>Each notification's key is <c>sla:{ticket}:{timer}:{due ticks}:{warning|breach}:{channel}</c>, so a
/// timer cycle is announced once however often the scan runs or on how many instances; a new cycle (a
/// re-opened ticket, a resumed pause that moved the due instant) is announced again.</para>
/// <para>Runs periodically, and soon after appends (an <see cref="ITicketAppendObserver"/> nudge).</para>
/// </remarks>
/// <param name="db">The context.</param>
/// <param name="outbox">Enqueues idempotently.</param>
/// <param name="gate">Business hours.</param>
/// <param name="clock">The clock.</param>
/// <param name="options">Recipients, warning window, urgent priorities.</param>
public sealed class SlaNotificationJob(
    CommandCenterDbContext db,
    OutboxStore outbox,
    BusinessHoursGate gate,
    IClock clock,
    IOptions<NotificationOptions> options) : IBackgroundJob
{
    /// <summary>The job name.</summary>
    public const string JobName = "sla-notify";

    private const int BatchSize = 1000;

    /// <inheritdoc />
    public string Name => JobName;

    /// <inheritdoc />
    public async Task<string> RunOnceAsync(CancellationToken cancellationToken)
    {
        var enqueued = await ScanAsync(cancellationToken).ConfigureAwait(false);
        return $"{enqueued} SLA notifications enqueued";
    }

    /// <summary>Scans the open tickets with a breached or nearly due timer and enqueues what was not announced yet.</summary>
    /// <param name="cancellationToken">Cancels the scan between batches.</param>
    /// <returns>The number of messages enqueued.</returns>
    public async Task<int> ScanAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = clock.GetCurrentInstant();
        var warnUntil = (now + Duration.FromTimeSpan(settings.WarnBefore)).ToUnixTimeTicks();
        var urgent = settings.UrgentPriorities.ToHashSet(StringComparer.Ordinal);
        var enqueued = 0;
        long afterDue = long.MinValue;
        var afterId = string.Empty;
        while (true)
        {
            // A breached timer's due instant has passed, so "due by the end of the warning window" covers
            // both; keyset on (due, ticket) walks the (DueSortKey, TicketId) index.
            var due = await db.TicketSnapshots.AsNoTracking()
                .Where(t => t.DueSortKey <= warnUntil && t.Status != "solved" && t.Status != "closed"
                    && (t.DueSortKey > afterDue || (t.DueSortKey == afterDue && t.TicketId.CompareTo(afterId) > 0)))
                .OrderBy(t => t.DueSortKey).ThenBy(t => t.TicketId)
                .Take(BatchSize)
                .Select(t => new { t.TicketId, t.Subject, t.Priority, t.Queue, t.SlaTimerKind, t.DueSortKey, t.IsBreached })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (due.Count == 0)
            {
                return enqueued;
            }

            var messages = new List<(OutboxMessage, string, Instant)>(due.Count * 2);
            foreach (var t in due)
            {
                var dueAt = Instant.FromUnixTimeTicks(t.DueSortKey);
                var sendAt = gate.SendAt(now, urgent.Contains(t.Priority));
                var timer = t.SlaTimerKind ?? "sla";
                var stem = string.Create(CultureInfo.InvariantCulture, $"sla:{t.TicketId}:{timer}:{t.DueSortKey}");
                var when = InstantPattern.General.Format(dueAt);
                var subject = t.IsBreached
                    ? $"[{t.Priority.ToUpperInvariant()}] SLA breached: {timer} on {t.TicketId}"
                    : $"[{t.Priority.ToUpperInvariant()}] SLA warning: {timer} on {t.TicketId} due {when}";
                var body = $"{t.Subject ?? "(no subject)"}\nTicket {t.TicketId}, queue {t.Queue ?? "none"}, priority {t.Priority}: the {timer} timer {(t.IsBreached ? "breached at" : "is due at")} {when}.";
                if (t.IsBreached)
                {
                    messages.Add((new OutboxMessage($"{stem}:breach:slack", OutboxChannel.Slack, settings.SlackChannel, subject, body, now) { TicketId = t.TicketId }, OutboxKinds.SlaBreach, sendAt));
                    messages.Add((new OutboxMessage($"{stem}:breach:email", OutboxChannel.Email, settings.EmailRecipient, subject, body, now) { TicketId = t.TicketId }, OutboxKinds.SlaBreach, sendAt));
                }
                else
                {
                    messages.Add((new OutboxMessage($"{stem}:warning:slack", OutboxChannel.Slack, settings.SlackChannel, subject, body, now) { TicketId = t.TicketId }, OutboxKinds.SlaWarning, sendAt));
                }
            }

            enqueued += await outbox.EnqueueAsync(messages, cancellationToken).ConfigureAwait(false);
            (afterDue, afterId) = (due[^1].DueSortKey, due[^1].TicketId);
        }
    }
}
