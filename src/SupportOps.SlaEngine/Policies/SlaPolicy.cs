using System.Collections.Immutable;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.SlaEngine.Policies;

/// <summary>An SLA policy: the conditions under which it applies and its timers.</summary>
/// <remarks><para>This type is immutable and thread-safe. Build it with <see cref="SlaPolicyBuilder"/>.</para></remarks>
public sealed class SlaPolicy
{
    private readonly SlaTimerDefinition?[] _byKind;

    internal SlaPolicy(string id, SlaPolicyConditions conditions, string? calendarName, ImmutableArray<SlaTimerDefinition> timers)
    {
        Id = id;
        Conditions = conditions;
        CalendarName = calendarName;
        Timers = timers;
        _byKind = new SlaTimerDefinition?[4];
        foreach (var timer in timers)
        {
            _byKind[(int)timer.Kind] = timer;
        }
    }

    /// <summary>Gets the policy's unique id.</summary>
    public string Id { get; }

    /// <summary>Gets the conditions under which the policy applies.</summary>
    public SlaPolicyConditions Conditions { get; }

    /// <summary>Gets the name of the policy's business calendar, or <see langword="null"/> for the calendar set's default.</summary>
    public string? CalendarName { get; }

    /// <summary>Gets the policy's timers, at most one per kind, in kind order.</summary>
    public ImmutableArray<SlaTimerDefinition> Timers { get; }

    /// <summary>Returns the policy's timer of a kind, or <see langword="null"/> when it has none.</summary>
    /// <param name="kind">The timer kind.</param>
    /// <returns>The timer definition, or <see langword="null"/>.</returns>
    public SlaTimerDefinition? Timer(SlaTimerKind kind) =>
        (uint)kind < (uint)_byKind.Length ? _byKind[(int)kind] : null;
}
