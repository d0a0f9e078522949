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

        var end = at.ToUnixTimeTicks();
        var payloads = await db.Events.AsNoTracking().Where(e => e.OccurredAtTicks < end).Select(e => e.Payload).ToListAsync(cancellationToken).ConfigureAwait(false);
        var histories = TicketHistory.GroupByTicket(payloads.Select(TimelineJson.Deserialize)).Select(h => h.WithSla(evaluator, at));
        var period = AnalyticsPeriod.Week(at - Duration.FromDays(7), gate.Calendar);
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
