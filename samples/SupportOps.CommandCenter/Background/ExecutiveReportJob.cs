using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using SupportOps.Adapters.Outbox;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.CommandCenter.Outbox;
using SupportOps.CommandCenter.Reports;
using SupportOps.CommandCenter.Rollups;

namespace SupportOps.CommandCenter.Background;

/// <summary>
/// Weekly executive report delivery: once the configured local day and time of this week has passed,
/// builds the executive report of the seven whole local days before that day and enqueues it to email
/// and Slack.
/// </summary>
/// <remarks>
/// <para>The report is the one the executive report endpoint shows: <see cref="ExecutiveReportBuilder"/>
/// over the daily rollups, for the period <c>{first day}..{last day}</c>, rendered by
/// <see cref="ExecutiveReportMarkdownRenderer"/>. So the email body equals
/// <c>GET /api/v1/reports/executive.md?period={first day}..{last day}</c> at the same clock reading,
/// and the PDF and CSV exports of that period carry the same numbers.</para>
/// <para>Exactly once per week, however many instances run it: the messages' keys are
/// <c>executive-report:{local date}:{channel}</c> (unique in the outbox), the job runs under its lease,
/// and the report is not even built when that week's key is already there. After downtime only the most
/// recent missed week is delivered (late), never a backlog of old ones.</para>
/// </remarks>
/// <param name="db">The context.</param>
/// <param name="outbox">Enqueues idempotently.</param>
/// <param name="gate">The calendar whose time zone the schedule is in.</param>
/// <param name="builder">Builds the rollup-based executive report.</param>
/// <param name="calendar">The reporting calendar whose local days the report covers.</param>
/// <param name="clock">The clock.</param>
/// <param name="options">Schedule and recipients.</param>
internal sealed class ExecutiveReportJob(
    CommandCenterDbContext db,
    OutboxStore outbox,
    BusinessHoursGate gate,
    ExecutiveReportBuilder builder,
    ReportingCalendar calendar,
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

    /// <summary>Returns the <c>period</c> parameter of the week a delivery covers: the seven whole local days before the slot's day.</summary>
    /// <param name="slot">The delivery instant.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <returns>The range <c>yyyy-MM-dd..yyyy-MM-dd</c>.</returns>
    public static string PeriodOf(Instant slot, ReportingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var last = calendar.DateOf(slot).PlusDays(-1);
        return $"{LocalDatePattern.Iso.Format(last.PlusDays(-6))}..{LocalDatePattern.Iso.Format(last)}";
    }

    /// <inheritdoc />
    public async Task<string> RunOnceAsync(CancellationToken cancellationToken)
        => await DeliverDueAsync(cancellationToken).ConfigureAwait(false) is { } week ? $"report for the week to {LocalDatePattern.Iso.Format(week)} enqueued" : "nothing due";

    /// <summary>Enqueues this week's report if its slot has passed and it was not enqueued yet.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The week (local date of the slot) enqueued now, or null when nothing was due.</returns>
    /// <exception cref="InvalidOperationException">The week's period cannot be parsed (never for a slot at or before now).</exception>
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

        var label = PeriodOf(at, calendar);
        if (!ReportPeriod.TryParse(label, calendar.DateOf(now), out var period, out var error))
        {
            throw new InvalidOperationException($"The executive report period '{label}' is invalid: {error}");
        }

        var report = await builder.BuildAsync(period!, cancellationToken).ConfigureAwait(false);
        var markdown = ExecutiveReportMarkdownRenderer.Render(report);
        var subject = $"Support health, week to {LocalDatePattern.Iso.Format(week)}";
        var slack = markdown.Length <= SlackLimit ? markdown : string.Concat(markdown.AsSpan(0, SlackLimit), "\n… (full report by email)");
        var stored = await outbox.EnqueueAsync(
            [
                (new OutboxMessage(emailKey, OutboxChannel.Email, settings.EmailRecipient, subject, markdown, now), OutboxKinds.ExecutiveReport, now),
                (new OutboxMessage(slackKey, OutboxChannel.Slack, settings.SlackChannel, subject, slack, now), OutboxKinds.ExecutiveReport, now),
            ],
            cancellationToken).ConfigureAwait(false);
        return stored > 0 ? week : null;
    }
}
