using System.Collections.Immutable;
using NodaTime;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.SlaEngine.Policies;

/// <summary>
/// One timer of a policy: its targets per priority, whether they count business or calendar time,
/// on which calendar, its warning thresholds and its start/pause/stop rules.
/// </summary>
/// <remarks><para>This type is immutable and thread-safe. Build it with <see cref="SlaTimerBuilder"/>.</para></remarks>
public sealed class SlaTimerDefinition
{
    private readonly Duration?[] _targets;

    internal SlaTimerDefinition(
        SlaTimerKind kind,
        Duration?[] targets,
        SlaTimeMode mode,
        string? calendarName,
        ImmutableArray<SlaWarningThreshold> warnings,
        SlaTimerRules rules)
    {
        Kind = kind;
        _targets = targets;
        Mode = mode;
        CalendarName = calendarName;
        Warnings = warnings;
        Rules = rules;
    }

    /// <summary>Gets the timer kind.</summary>
    public SlaTimerKind Kind { get; }

    /// <summary>Gets whether the targets count business time or calendar time.</summary>
    public SlaTimeMode Mode { get; }

    /// <summary>
    /// Gets the name of this timer's own business calendar, or <see langword="null"/> to use the
    /// policy's. Ignored in <see cref="SlaTimeMode.Calendar"/> mode.
    /// </summary>
    public string? CalendarName { get; }

    /// <summary>Gets the warning thresholds, in the order given.</summary>
    public ImmutableArray<SlaWarningThreshold> Warnings { get; }

    /// <summary>Gets the start, pause, stop and reopen rules.</summary>
    public SlaTimerRules Rules { get; }

    /// <summary>Returns the target for a priority, or <see langword="null"/> when the timer does not apply to it.</summary>
    /// <param name="priority">The ticket priority.</param>
    /// <returns>The target, or <see langword="null"/>.</returns>
    public Duration? TargetFor(Priority priority) =>
        (uint)priority < (uint)_targets.Length ? _targets[(int)priority] : null;
}
