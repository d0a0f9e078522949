using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using SupportOps.Adapters.Outbox;
using SupportOps.Analytics;
using SupportOps.Analytics.Inputs;
using SupportOps.Analytics.Reports;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Outbox;
using SupportOps.EventTimeline.Serialization;
using SupportOps.SlaEngine.Evaluation;

namespace SupportOps.CommandCenter.Background;

/// <summary>
/// Weekly executive report delivery: once the configured local day and time of this week has passed,
/// builds the health report for the seven days before it and enqueues it to email and Slack.
/// </summary>
/// <remarks>
/// <para>Exactly once per week, however many instances run it: the messages' keys are
/// <c>executive-report:{local date}:{channel}</c> (unique in the outbox), the job runs under its lease,
/// and the report is not even built when that week's key is already there. After downtime only the most
/// recent missed week is delivered (late), never a backlog of old ones.</para>
/// </remarks>
/// <param name="db">The context.</param>
/// <param name="outbox">Enqueues idempotently.</param>
/// <param name="gate">The calendar whose time zone the schedule is in.</param>
/// <param name="generator">Builds the health report.</param>
/// <param name="evaluator">Evaluates the tickets' SLAs.</param>
/// <param name="clock">The clock.</param>
/// <param name="options">Schedule and recipients.</param>
internal sealed class ExecutiveReportJob(
    CommandCenterDbContext db,
    OutboxStore outbox,
    BusinessHoursGate gate,
    HealthReportGenerator generator,
    SlaEvaluator evaluator,
    IClock clock,
    IOptions<ExecutiveReportOptions> options) : IBackgroundJob
{
    /// <summary>The job name.</summary>
    public const string JobName = "executive-report";

    private const int SlackLimit = 3000;

    /// <inheritdoc />
    public string Name => JobName;

    /// <summary>Returns the most recent scheduled delivery at or before <paramref name="now"/>: its local date and instant.</summary>
    public static (LocalDate Week, Instant At) LatestSlot(Instant now, DateTimeZone zone, IsoDayOfWeek day, LocalTime time)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = now.InZone(zone).LocalDateTime;
        var date = local.Date.PlusDays(-(((int)local.Date.DayOfWeek - (int)day + 7) % 7));
        if (date + time > local)
        {
            date = date.PlusDays(-7);
        }

        return (date, (date + time).InZoneLeniently(zone).ToInstant());
    }

    /// <summary>
    /// Loads the histories (up to <paramref name="end"/>) of the tickets that matter to the two compared
    /// weeks: the ones still open, and the ones with an event since <paramref name="windowStart"/>. A ticket
    /// closed and untouched since before the window contributes to neither week, so it is not read.
    /// </summary>
    private async Task<List<TicketHistory>> LoadHistoriesAsync(Instant windowStart, Instant end, CancellationToken cancellationToken)
    {
        var since = windowStart.ToUnixTimeTicks();
        var until = end.ToUnixTimeTicks();
        var ids = await db.TicketSnapshots.AsNoTracking()
            .Where(t => (t.Status != "solved" && t.Status != "closed") || t.UpdatedAtTicks >= since)
            .Where(t => t.CreatedAtTicks < until)
            .Select(t => t.TicketId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        ids.Sort(StringComparer.Ordinal);
        var histories = new List<TicketHistory>(ids.Count);
        foreach (var chunk in ids.Chunk(500))
        {
            var payloads = await db.Events.AsNoTracking()
                .Where(e => chunk.Contains(e.TicketId) && e.OccurredAtTicks < until)
                .Select(e => e.Payload)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            histories.AddRange(TicketHistory.GroupByTicket(payloads.Select(TimelineJson.Deserialize)).Select(h => h.WithSla(evaluator, end)));
        }

        return histories;
    }

    /// <inheritdoc />
    public async Task<string> RunOnceAsync(CancellationToken cancellationToken)
        => await DeliverDueAsync(cancellationToken).ConfigureAwait(false) is { } week ? $"report for the week to {LocalDatePattern.Iso.Format(week)} enqueued" : "nothing due";

    /// <summary>Enqueues this week's report if its slot has passed and it was not enqueued yet.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The week (local date of the slot) enqueued now, or null when nothing was due.</returns>
    public async Task<LocalDate?> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return null;
        }

        var now = clock.GetCurrentInstant();
        var (week, at) = LatestSlot(now, gate.Calendar.TimeZone, settings.Day, settings.LocalTime);
        var stem = $"executive-report:{LocalDatePattern.Iso.Format(week)}";
        var emailKey = $"{stem}:email";
        var slackKey = $"{stem}:slack";
        if (await db.OutboxMessages.AsNoTracking().AnyAsync(m => m.MessageKey == emailKey || m.MessageKey == slackKey, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var period = AnalyticsPeriod.Week(at - Duration.FromDays(7), gate.Calendar);
        var histories = await LoadHistoriesAsync(period.Previous().Start, at, cancellationToken).ConfigureAwait(false);
        var report = generator.Generate(histories, period, at, title: $"Support health, week to {LocalDatePattern.Iso.Format(week)}");
        var markdown = MarkdownReportRenderer.Render(report);
        var slack = markdown.Length <= SlackLimit ? markdown : string.Concat(markdown.AsSpan(0, SlackLimit), "\n… (full report by email)");
        var stored = await outbox.EnqueueAsync(
            [
                (new OutboxMessage(emailKey, OutboxChannel.Email, settings.EmailRecipient, report.Title, markdown, now), OutboxKinds.ExecutiveReport, now),
                (new OutboxMessage(slackKey, OutboxChannel.Slack, settings.SlackChannel, report.Title, slack, now), OutboxKinds.ExecutiveReport, now),
            ],
            cancellationToken).ConfigureAwait(false);
        return stored > 0 ? week : null;
    }
}
