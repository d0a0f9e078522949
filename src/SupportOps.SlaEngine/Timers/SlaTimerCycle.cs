using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using SupportOps.SlaEngine.Internal;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Policies;

namespace SupportOps.SlaEngine.Timers;

/// <summary>
/// One cycle of an SLA timer as it stands at the evaluation instant: when it started, when it is due,
/// how much business time has run, whether it is running, paused, fulfilled or cancelled, whether and
/// when it breached, the warnings it reached, and why.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Due"/> is the instant at which the running business time reaches <see cref="Target"/>,
/// paused time excluded. While the cycle is paused the due instant is not known yet;
/// <see cref="Due"/> is then the earliest it can be: the due instant if the cycle resumed at the
/// evaluation instant. For an ended cycle it is the due instant as it stood when the cycle ended.
/// </para>
/// <para>
/// A cycle is breached when its running business time reached the target before it was fulfilled:
/// <see cref="IsBreached"/> holds exactly when <see cref="Elapsed"/> &gt;= <see cref="Target"/>.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SlaTimerCycle
{
    // Compact storage keeps every evaluation's allocation small: the enums are kept as bytes, the
    // pause or end instant shares one field (a cycle is never both), and the breach instant is the due
    // instant whenever the cycle breached.
    private readonly byte _kind;
    private readonly byte _priority;
    private readonly byte _mode;
    private readonly byte _status;
    private readonly bool _breached;
    private readonly Instant _pausedOrEndedAt;

    // Targets are at most SlaTimerBuilder.MaxTarget (100 years), so nanoseconds in a long hold them
    // in half the space of a Duration.
    private readonly long _targetNanoseconds;
    private readonly long _originalTargetNanoseconds;

    internal SlaTimerCycle(
        SlaTimerKind kind,
        int number,
        string policyId,
        Priority priority,
        SlaTimeMode mode,
        string? calendarName,
        Duration target,
        Duration originalTarget,
        Instant start,
        Instant due,
        Instant originalDue,
        Duration elapsed,
        SlaCycleStatus status,
        Instant pausedOrEndedAt,
        bool breached,
        ImmutableArray<SlaWarning> warnings,
        ImmutableArray<SlaReason> reasons)
    {
        _kind = (byte)kind;
        Number = number;
        PolicyId = policyId;
        _priority = (byte)priority;
        _mode = (byte)mode;
        CalendarName = calendarName;
        _targetNanoseconds = target.ToInt64Nanoseconds();
        _originalTargetNanoseconds = originalTarget.ToInt64Nanoseconds();
        Start = start;
        Due = due;
        OriginalDue = originalDue;
        Elapsed = elapsed;
        _status = (byte)status;
        _pausedOrEndedAt = pausedOrEndedAt;
        _breached = breached;
        Warnings = warnings;
        Reasons = reasons;
    }

    /// <summary>Gets the timer kind.</summary>
    public SlaTimerKind Kind => (SlaTimerKind)_kind;

    /// <summary>Gets the cycle's number within its timer, starting at 1.</summary>
    public int Number { get; }

    /// <summary>Gets the id of the policy whose target applies (the latest, after priority changes).</summary>
    public string PolicyId { get; }

    /// <summary>Gets the priority whose target applies (the latest, after priority changes).</summary>
    public Priority Priority => (Priority)_priority;

    /// <summary>Gets whether the target counts business time or calendar time.</summary>
    public SlaTimeMode Mode => (SlaTimeMode)_mode;

    /// <summary>Gets the name of the business calendar used, or <see langword="null"/> for the calendar set's default or calendar time.</summary>
    public string? CalendarName { get; }

    /// <summary>Gets the target that applies now.</summary>
    public Duration Target => Duration.FromNanoseconds(_targetNanoseconds);

    /// <summary>Gets the target that applied when the cycle started.</summary>
    public Duration OriginalTarget => Duration.FromNanoseconds(_originalTargetNanoseconds);

    /// <summary>Gets the instant the cycle started.</summary>
    public Instant Start { get; }

    /// <summary>Gets the due instant (see the remarks for paused and ended cycles).</summary>
    public Instant Due { get; }

    /// <summary>
    /// Gets the due instant first computed when the cycle started: <see cref="OriginalTarget"/> after
    /// <see cref="Start"/>, before any pause or priority change.
    /// </summary>
    public Instant OriginalDue { get; }

    /// <summary>Gets the business time that has run, paused time excluded, up to the end of the cycle or the evaluation instant.</summary>
    public Duration Elapsed { get; }

    /// <summary>Gets <see cref="Target"/> minus <see cref="Elapsed"/>; negative when overdue.</summary>
    public Duration Remaining => Target - Elapsed;

    /// <summary>Gets <see cref="Elapsed"/> as a percentage of <see cref="Target"/> (above 100 when overdue; 100 for a zero target).</summary>
    public double ElapsedPercent =>
        _targetNanoseconds == 0 ? 100d : Elapsed.ToInt64Nanoseconds() * 100d / _targetNanoseconds;

    /// <summary>Gets where the cycle stands.</summary>
    public SlaCycleStatus Status => (SlaCycleStatus)_status;

    /// <summary>Gets whether the cycle is still counting or paused, that is not fulfilled or cancelled.</summary>
    public bool IsActive => Status is SlaCycleStatus.Running or SlaCycleStatus.Paused;

    /// <summary>Gets the instant the current pause began, when <see cref="Status"/> is <see cref="SlaCycleStatus.Paused"/>.</summary>
    public Instant? PausedAt => Status == SlaCycleStatus.Paused ? _pausedOrEndedAt : null;

    /// <summary>Gets the instant the cycle was fulfilled or cancelled.</summary>
    public Instant? EndedAt => Status is SlaCycleStatus.Fulfilled or SlaCycleStatus.Cancelled ? _pausedOrEndedAt : null;

    /// <summary>Gets the instant of fulfilment, when <see cref="Status"/> is <see cref="SlaCycleStatus.Fulfilled"/>.</summary>
    public Instant? FulfilledAt => Status == SlaCycleStatus.Fulfilled ? EndedAt : null;

    /// <summary>Gets whether the running business time reached the target before the cycle was fulfilled.</summary>
    public bool IsBreached => _breached;

    /// <summary>Gets the breach instant (equal to <see cref="Due"/> unless a priority change moved the target).</summary>
    public Instant? BreachedAt => _breached ? Due : null;

    /// <summary>Gets the warnings reached, in the order they were reached.</summary>
    public ImmutableArray<SlaWarning> Warnings { get; }

    /// <summary>Gets whether a warning was reached and the cycle has not breached.</summary>
    public bool IsWarning => !Warnings.IsEmpty && !IsBreached;

    /// <summary>Gets the cycle's history: why it started, paused, resumed, was re-targeted and ended.</summary>
    public ImmutableArray<SlaReason> Reasons { get; }

    /// <summary>
    /// Returns a short word for the cycle's state: <c>running</c>, <c>paused</c>, <c>fulfilled</c>,
    /// <c>cancelled</c>, <c>breached</c> (running or paused past due), <c>fulfilled late</c> or
    /// <c>warning</c>.
    /// </summary>
    /// <returns>The state word.</returns>
    public string StateText() => Status switch
    {
        SlaCycleStatus.Fulfilled => IsBreached ? "fulfilled late" : "fulfilled",
        SlaCycleStatus.Cancelled => "cancelled",
        _ when IsBreached => Status == SlaCycleStatus.Paused ? "breached, paused" : "breached",
        _ when IsWarning => Status == SlaCycleStatus.Paused ? "warning, paused" : "warning",
        SlaCycleStatus.Paused => "paused",
        _ => "running",
    };

    /// <summary>Explains the cycle in a few lines: the policy and target that apply, then each step with its instant.</summary>
    /// <returns>The explanation, one step per line, instants in UTC.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(WireNames.Of(Kind)).Append(" cycle ").Append(Number.ToString(CultureInfo.InvariantCulture))
            .Append(": policy '").Append(PolicyId).Append("', ").Append(WireNames.Of(Priority)).Append(" target ");
        DurationText.Append(text, Target);
        text.Append(Mode == SlaTimeMode.Business ? " of business time" : " of calendar time");
        if (CalendarName is not null)
        {
            text.Append(" on calendar '").Append(CalendarName).Append('\'');
        }

        text.Append('.').AppendLine();
        foreach (var reason in Reasons)
        {
            Line(text, reason.At).Append(Describe(reason)).AppendLine();
        }

        foreach (var warning in Warnings)
        {
            Line(text, warning.ReachedAt).Append("warning: ").Append(warning.Threshold.ToString()).Append(" reached").AppendLine();
        }

        if (BreachedAt is { } breachedAt)
        {
            Line(text, breachedAt).Append("breached: target reached before fulfilment").AppendLine();
        }

        text.Append("state ").Append(StateText()).Append(", elapsed ");
        DurationText.Append(text, Elapsed);
        text.Append(", remaining ");
        DurationText.Append(text, Remaining);
        text.Append(", due ").Append(InstantPattern.General.Format(Due));
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{WireNames.Of(Kind)} #{Number} {StateText()} start {InstantPattern.General.Format(Start)} due {InstantPattern.General.Format(Due)}";

    private static StringBuilder Line(StringBuilder text, Instant at) =>
        text.Append("  ").Append(InstantPattern.General.Format(at)).Append("  ");

    private static string Describe(SlaReason reason) => reason.Kind switch
    {
        SlaReasonKind.StartedAtCreation => "started: ticket created",
        SlaReasonKind.StartedAtCustomerMessage => "started: unanswered customer message",
        SlaReasonKind.StartedAtAgentReply => "started: public agent reply, next update owed",
        SlaReasonKind.StartedAtReopen => "started: ticket reopened",
        SlaReasonKind.Paused => $"paused: status {WireNames.Of(reason.Status)}",
        SlaReasonKind.Resumed => $"resumed: status {WireNames.Of(reason.Status)}",
        SlaReasonKind.FulfilledByAgentReply => "fulfilled: public agent reply",
        SlaReasonKind.FulfilledBySolved => $"fulfilled: status {WireNames.Of(reason.Status)}",
        SlaReasonKind.ResumedAtReopen => "resumed: ticket reopened, time while solved excluded",
        SlaReasonKind.Retargeted => $"re-targeted: priority {WireNames.Of(reason.Priority)}, target {DurationText.Format(reason.Target)} from the cycle's start",
        SlaReasonKind.RetargetIgnoredAlreadyBreached => $"priority {WireNames.Of(reason.Priority)} ignored: cycle already breached",
        SlaReasonKind.Cancelled => $"cancelled: priority {WireNames.Of(reason.Priority)} has no target for this timer",
        _ => reason.Kind.ToString(),
    };
}
