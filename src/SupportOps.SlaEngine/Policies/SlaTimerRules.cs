using System.Collections.Immutable;
using SupportOps.SlaEngine.Internal;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.SlaEngine.Policies;

/// <summary>
/// When a timer's cycles start, pause, resume, stop and reset. Every cycle also stops (fulfilled) when
/// the ticket is solved or closed; internal notes never affect a timer.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="DefaultFor"/> gives the documented defaults for each <see cref="SlaTimerKind"/>; change
/// one rule with a <c>with</c> expression. The exact semantics, with worked examples, are in
/// <c>docs/sla-policies-and-timers.md</c>.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record SlaTimerRules
{
    private readonly ImmutableArray<TicketStatus> _pauseStatuses = ImmutableArray<TicketStatus>.Empty;

    /// <summary>Gets what starts a cycle.</summary>
    public required SlaStartTrigger Start { get; init; }

    /// <summary>Gets whether a public agent reply fulfils a running or paused cycle.</summary>
    public required bool StopsOnAgentReply { get; init; }

    /// <summary>
    /// Gets the statuses during which the timer is paused; <see cref="TicketStatus.Solved"/> and
    /// <see cref="TicketStatus.Closed"/> are not allowed (they stop the timer).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A status is unknown, solved or closed.</exception>
    public ImmutableArray<TicketStatus> PauseStatuses
    {
        get => _pauseStatuses;
        init
        {
            var mask = 0;
            foreach (var status in value.IsDefault ? ImmutableArray<TicketStatus>.Empty : value)
            {
                if (!Enum.IsDefined(status) || status is TicketStatus.Solved or TicketStatus.Closed)
                {
                    throw new ArgumentOutOfRangeException(nameof(PauseStatuses), status, $"{nameof(PauseStatuses)} may not contain '{status}'; solved and closed stop a timer instead.");
                }

                mask |= 1 << (int)status;
            }

            _pauseStatuses = value.IsDefault ? ImmutableArray<TicketStatus>.Empty : value;
            PauseMask = mask;
        }
    }

    /// <summary>Gets what a reopen does to the cycle that the solve ended.</summary>
    public SlaReopenBehavior OnReopen { get; init; }

    internal int PauseMask { get; private init; }

    /// <summary>Returns the default rules for a timer kind.</summary>
    /// <param name="kind">The timer kind.</param>
    /// <returns>
    /// First response: starts at creation, stops at the first public agent reply, never pauses.
    /// Next response: starts at the oldest unanswered customer message after an agent reply, stops
    /// at the next public agent reply, paused while pending customer. Periodic update: a new cycle
    /// after each public agent reply, stopped by the next one, paused while pending customer or on
    /// hold. Resolution: starts at creation, paused while pending customer or on hold, stops at
    /// solved, resumes its cycle on reopen.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined timer kind.</exception>
    public static SlaTimerRules DefaultFor(SlaTimerKind kind) => TimerGuard.Defined(kind) switch
    {
        SlaTimerKind.FirstResponse => new SlaTimerRules { Start = SlaStartTrigger.TicketCreated, StopsOnAgentReply = true },
        SlaTimerKind.NextResponse => new SlaTimerRules
        {
            Start = SlaStartTrigger.UnansweredCustomerMessage,
            StopsOnAgentReply = true,
            PauseStatuses = [TicketStatus.PendingCustomer],
        },
        SlaTimerKind.PeriodicUpdate => new SlaTimerRules
        {
            Start = SlaStartTrigger.PublicAgentReply,
            StopsOnAgentReply = true,
            PauseStatuses = [TicketStatus.PendingCustomer, TicketStatus.OnHold],
        },
        _ => new SlaTimerRules
        {
            Start = SlaStartTrigger.TicketCreated,
            StopsOnAgentReply = false,
            PauseStatuses = [TicketStatus.PendingCustomer, TicketStatus.OnHold],
            OnReopen = SlaReopenBehavior.ResumeCycle,
        },
    };

    internal bool PausesIn(TicketStatus status) => (PauseMask & (1 << (int)status)) != 0;
}
