using System.Collections.Immutable;
using NodaTime;
using SupportOps.SlaEngine.Internal;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.SlaEngine.Policies;

/// <summary>Builds one <see cref="SlaTimerDefinition"/> of a policy; obtained from <see cref="SlaPolicyBuilder"/>.</summary>
/// <remarks><para>Builders are not thread-safe. Every method validates its arguments at once.</para></remarks>
public sealed class SlaTimerBuilder
{
    private readonly Duration?[] _targets = new Duration?[4];
    private ImmutableArray<SlaWarningThreshold>.Builder? _warnings;
    private SlaTimeMode _mode = SlaTimeMode.Business;
    private string? _calendarName;
    private SlaTimerRules _rules;

    internal SlaTimerBuilder(SlaTimerKind kind)
    {
        Kind = kind;
        _rules = SlaTimerRules.DefaultFor(kind);
    }

    /// <summary>
    /// Gets the longest target a timer can have: 100 years (36,525 days). A longer target is a
    /// configuration error, and percentages of it could not be computed to the nanosecond.
    /// </summary>
    public static Duration MaxTarget { get; } = Duration.FromDays(36_525);

    /// <summary>Gets the kind of timer being built.</summary>
    public SlaTimerKind Kind { get; }

    /// <summary>Sets one target for every priority (a flat target).</summary>
    /// <param name="target">The target; not negative and at most <see cref="MaxTarget"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is negative or longer than <see cref="MaxTarget"/>.</exception>
    public SlaTimerBuilder Target(Duration target)
    {
        ValidTarget(target);
        Array.Fill(_targets, target);
        return this;
    }

    /// <summary>Sets the target for one priority; priorities without a target do not run this timer.</summary>
    /// <param name="priority">The priority.</param>
    /// <param name="target">The target; not negative and at most <see cref="MaxTarget"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="priority"/> is unknown, or <paramref name="target"/> is negative or longer than <see cref="MaxTarget"/>.</exception>
    public SlaTimerBuilder Target(Priority priority, Duration target)
    {
        TimerGuard.Defined(priority);
        ValidTarget(target);
        _targets[(int)priority] = target;
        return this;
    }

    /// <summary>Counts business time on the timer's calendar (the default).</summary>
    /// <returns>This builder.</returns>
    public SlaTimerBuilder InBusinessTime()
    {
        _mode = SlaTimeMode.Business;
        return this;
    }

    /// <summary>Counts calendar time: every instant, nights, weekends and holidays included.</summary>
    /// <returns>This builder.</returns>
    public SlaTimerBuilder InCalendarTime()
    {
        _mode = SlaTimeMode.Calendar;
        return this;
    }

    /// <summary>Uses a named business calendar for this timer instead of the policy's.</summary>
    /// <param name="calendarName">The calendar's name in the calendar set; must not be blank.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="calendarName"/> is null, empty or blank.</exception>
    public SlaTimerBuilder OnCalendar(string calendarName)
    {
        _calendarName = TimerGuard.NotBlank(calendarName);
        return this;
    }

    /// <summary>Adds warnings at percentages of the target elapsed; replaces the policy's default warnings.</summary>
    /// <param name="percents">Percentages from 1 to 99.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A percentage is not between 1 and 99.</exception>
    public SlaTimerBuilder WarnAt(params int[] percents)
    {
        ArgumentNullException.ThrowIfNull(percents);
        _warnings ??= ImmutableArray.CreateBuilder<SlaWarningThreshold>();
        foreach (var percent in percents)
        {
            _warnings.Add(SlaWarningThreshold.PercentElapsed(percent));
        }

        return this;
    }

    /// <summary>Adds a warning when at most <paramref name="remaining"/> business time is left; replaces the policy's default warnings.</summary>
    /// <param name="remaining">The business time remaining; must be positive.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="remaining"/> is zero or negative.</exception>
    public SlaTimerBuilder WarnWhenRemaining(Duration remaining)
    {
        _warnings ??= ImmutableArray.CreateBuilder<SlaWarningThreshold>();
        _warnings.Add(SlaWarningThreshold.TimeRemaining(remaining));
        return this;
    }

    /// <summary>Replaces the timer's rules (the defaults come from <see cref="SlaTimerRules.DefaultFor"/>).</summary>
    /// <param name="rules">The rules; must not be null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public SlaTimerBuilder WithRules(SlaTimerRules rules)
    {
        _rules = Guard.NotNull(rules);
        return this;
    }

    internal SlaTimerDefinition Build(string policyId, ImmutableArray<SlaWarningThreshold> defaultWarnings)
    {
        if (Array.TrueForAll(_targets, target => target is null))
        {
            throw new InvalidOperationException($"Timer '{WireNames.Of(Kind)}' of policy '{policyId}' has no target; set a flat target or one per priority.");
        }

        return new SlaTimerDefinition(Kind, (Duration?[])_targets.Clone(), _mode, _calendarName, _warnings?.ToImmutable() ?? defaultWarnings, _rules);
    }

    private static void ValidTarget(Duration target)
    {
        TimerGuard.NotNegative(target);
        TimerGuard.AtMostMaxTarget(target);
    }
}
