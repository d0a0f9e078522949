using System.Collections.Immutable;
using NodaTime;
using SupportOps.SlaEngine.Internal;
using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.SlaEngine.Policies;

/// <summary>Builds an immutable <see cref="SlaPolicy"/>: its conditions, calendar, default warnings and timers.</summary>
/// <example>
/// <code>
/// var policy = new SlaPolicyBuilder("enterprise")
///     .ForTiers(CustomerTier.Enterprise)
///     .UseCalendar("new-york")
///     .WarnAt(50, 75)
///     .FirstResponse(timer => timer.Target(Priority.P0, Duration.FromHours(1)).Target(Priority.P1, Duration.FromHours(4)))
///     .Resolution(timer => timer.Target(Duration.FromDays(3)).InCalendarTime())
///     .Build();
/// </code>
/// </example>
/// <remarks><para>Builders are not thread-safe. Every method validates its arguments at once.</para></remarks>
public sealed class SlaPolicyBuilder
{
    private readonly ImmutableArray<Priority>.Builder _priorities = ImmutableArray.CreateBuilder<Priority>();
    private readonly ImmutableArray<CustomerTier>.Builder _tiers = ImmutableArray.CreateBuilder<CustomerTier>();
    private readonly ImmutableArray<Channel>.Builder _channels = ImmutableArray.CreateBuilder<Channel>();
    private readonly ImmutableArray<string>.Builder _tags = ImmutableArray.CreateBuilder<string>();
    private readonly ImmutableArray<SlaWarningThreshold>.Builder _warnings = ImmutableArray.CreateBuilder<SlaWarningThreshold>();
    private readonly SlaTimerBuilder?[] _timers = new SlaTimerBuilder?[4];
    private string? _calendarName;

    /// <summary>Initializes a builder for a policy with the given id.</summary>
    /// <param name="id">The policy's unique id; must not be blank.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or blank.</exception>
    public SlaPolicyBuilder(string id)
    {
        Id = TimerGuard.NotBlank(id);
    }

    /// <summary>Gets the id of the policy being built.</summary>
    public string Id { get; }

    /// <summary>Restricts the policy to tickets with one of these priorities.</summary>
    /// <param name="priorities">The priorities.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A priority is unknown.</exception>
    public SlaPolicyBuilder ForPriorities(params Priority[] priorities)
    {
        ArgumentNullException.ThrowIfNull(priorities);
        foreach (var priority in priorities)
        {
            _priorities.Add(TimerGuard.Defined(priority));
        }

        return this;
    }

    /// <summary>Restricts the policy to customers of one of these tiers.</summary>
    /// <param name="tiers">The tiers.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A tier is unknown.</exception>
    public SlaPolicyBuilder ForTiers(params CustomerTier[] tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        foreach (var tier in tiers)
        {
            _tiers.Add(TimerGuard.Defined(tier));
        }

        return this;
    }

    /// <summary>Restricts the policy to tickets from one of these channels.</summary>
    /// <param name="channels">The channels.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A channel is unknown.</exception>
    public SlaPolicyBuilder ForChannels(params Channel[] channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        foreach (var channel in channels)
        {
            _channels.Add(TimerGuard.Defined(channel));
        }

        return this;
    }

    /// <summary>Restricts the policy to tickets carrying at least one of these tags (ordinal, ignoring case).</summary>
    /// <param name="tags">The tags; none may be blank.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A tag is null, empty or blank.</exception>
    public SlaPolicyBuilder WithAnyTag(params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var tag in tags)
        {
            _tags.Add(TimerGuard.NotBlank(tag));
        }

        return this;
    }

    /// <summary>Uses a named business calendar for the policy's business-time timers.</summary>
    /// <param name="calendarName">The calendar's name in the calendar set; must not be blank.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="calendarName"/> is null, empty or blank.</exception>
    public SlaPolicyBuilder UseCalendar(string calendarName)
    {
        _calendarName = TimerGuard.NotBlank(calendarName);
        return this;
    }

    /// <summary>Adds default warnings at percentages of the target elapsed for timers that set none.</summary>
    /// <param name="percents">Percentages from 1 to 99.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A percentage is not between 1 and 99.</exception>
    public SlaPolicyBuilder WarnAt(params int[] percents)
    {
        ArgumentNullException.ThrowIfNull(percents);
        foreach (var percent in percents)
        {
            _warnings.Add(SlaWarningThreshold.PercentElapsed(percent));
        }

        return this;
    }

    /// <summary>Adds a default warning, for timers that set none, when at most <paramref name="remaining"/> is left.</summary>
    /// <param name="remaining">The business time remaining; must be positive.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="remaining"/> is zero or negative.</exception>
    public SlaPolicyBuilder WarnWhenRemaining(Duration remaining)
    {
        _warnings.Add(SlaWarningThreshold.TimeRemaining(remaining));
        return this;
    }

    /// <summary>Configures the first-response timer.</summary>
    /// <param name="configure">Sets the timer's targets and options.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public SlaPolicyBuilder FirstResponse(Action<SlaTimerBuilder> configure) => Timer(SlaTimerKind.FirstResponse, configure);

    /// <summary>Configures the next-response timer.</summary>
    /// <param name="configure">Sets the timer's targets and options.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public SlaPolicyBuilder NextResponse(Action<SlaTimerBuilder> configure) => Timer(SlaTimerKind.NextResponse, configure);

    /// <summary>Configures the periodic-update timer.</summary>
    /// <param name="configure">Sets the timer's targets and options.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public SlaPolicyBuilder PeriodicUpdate(Action<SlaTimerBuilder> configure) => Timer(SlaTimerKind.PeriodicUpdate, configure);

    /// <summary>Configures the resolution timer.</summary>
    /// <param name="configure">Sets the timer's targets and options.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public SlaPolicyBuilder Resolution(Action<SlaTimerBuilder> configure) => Timer(SlaTimerKind.Resolution, configure);

    /// <summary>Configures the timer of a kind; calling it again for the same kind continues the same timer.</summary>
    /// <param name="kind">The timer kind.</param>
    /// <param name="configure">Sets the timer's targets and options.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is unknown.</exception>
    public SlaPolicyBuilder Timer(SlaTimerKind kind, Action<SlaTimerBuilder> configure)
    {
        TimerGuard.Defined(kind);
        Guard.NotNull(configure);
        configure(_timers[(int)kind] ??= new SlaTimerBuilder(kind));
        return this;
    }

    /// <summary>Builds the immutable policy.</summary>
    /// <returns>The policy.</returns>
    /// <exception cref="InvalidOperationException">A configured timer has no target.</exception>
    public SlaPolicy Build()
    {
        var conditions = _priorities.Count + _tiers.Count + _channels.Count + _tags.Count == 0
            ? SlaPolicyConditions.Any
            : new SlaPolicyConditions(_priorities.ToImmutable(), _tiers.ToImmutable(), _channels.ToImmutable(), _tags.ToImmutable());
        var defaultWarnings = _warnings.ToImmutable();
        var timers = ImmutableArray.CreateBuilder<SlaTimerDefinition>();
        foreach (var timer in _timers)
        {
            if (timer is not null)
            {
                timers.Add(timer.Build(Id, defaultWarnings));
            }
        }

        return new SlaPolicy(Id, conditions, _calendarName, timers.ToImmutable());
    }
}
