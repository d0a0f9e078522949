using System.Collections.Immutable;
using NodaTime;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.SlaEngine.Evaluation;

/// <summary>
/// A ticket's SLA state at an instant: the policy that applies, every timer with its cycles, whether
/// any cycle ever breached, and the running cycle that is due soonest.
/// </summary>
/// <remarks><para>Produced by <see cref="SlaEvaluator.Evaluate(ReadOnlySpan{TicketOccurrence}, Instant)"/>. This type is immutable and thread-safe.</para></remarks>
public sealed class TicketSlaState
{
    internal TicketSlaState(
        Instant now,
        string policyId,
        Priority priority,
        TicketStatus status,
        ImmutableArray<SlaTimerState> timers,
        SlaTimerCycle? soonestDue,
        bool everBreached)
    {
        Now = now;
        PolicyId = policyId;
        Priority = priority;
        Status = status;
        Timers = timers;
        SoonestDue = soonestDue;
        EverBreached = everBreached;
    }

    /// <summary>Gets the evaluation instant.</summary>
    public Instant Now { get; }

    /// <summary>Gets the id of the policy that applies now.</summary>
    public string PolicyId { get; }

    /// <summary>Gets the ticket's priority now.</summary>
    public Priority Priority { get; }

    /// <summary>Gets the ticket's status now.</summary>
    public TicketStatus Status { get; }

    /// <summary>
    /// Gets the timers, in <see cref="SlaTimerKind"/> order: every timer of the current policy, and any
    /// other timer that has cycles.
    /// </summary>
    public ImmutableArray<SlaTimerState> Timers { get; }

    /// <summary>Gets the running (not paused) cycle with the earliest due instant, or <see langword="null"/> when none runs.</summary>
    public SlaTimerCycle? SoonestDue { get; }

    /// <summary>Gets whether any cycle of any timer breached.</summary>
    public bool EverBreached { get; }

    /// <summary>Returns the timer of a kind, or <see langword="null"/> when the ticket has none.</summary>
    /// <param name="kind">The timer kind.</param>
    /// <returns>The timer state, or <see langword="null"/>.</returns>
    public SlaTimerState? Timer(SlaTimerKind kind)
    {
        foreach (var timer in Timers)
        {
            if (timer.Kind == kind)
            {
                return timer;
            }
        }

        return null;
    }
}
