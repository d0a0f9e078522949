using System.Collections.Immutable;

namespace SupportOps.SlaEngine.Timers;

/// <summary>One SLA timer of a ticket with all its cycles, oldest first.</summary>
/// <remarks><para>This type is immutable and thread-safe.</para></remarks>
public sealed class SlaTimerState
{
    internal SlaTimerState(SlaTimerKind kind, ImmutableArray<SlaTimerCycle> cycles)
    {
        Kind = kind;
        Cycles = cycles;
    }

    /// <summary>Gets the timer kind.</summary>
    public SlaTimerKind Kind { get; }

    /// <summary>Gets the cycles, oldest first; empty when the timer has not started yet.</summary>
    public ImmutableArray<SlaTimerCycle> Cycles { get; }

    /// <summary>Gets the latest cycle, or <see langword="null"/> when the timer has not started.</summary>
    public SlaTimerCycle? Current => Cycles.IsEmpty ? null : Cycles[^1];

    /// <summary>Gets whether any cycle of this timer breached.</summary>
    public bool EverBreached
    {
        get
        {
            foreach (var cycle in Cycles)
            {
                if (cycle.IsBreached)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
