using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using SupportOps.SlaEngine.Calendars;
using SupportOps.SlaEngine.Internal;

namespace SupportOps.SlaEngine.Evaluation;

/// <summary>
/// The business calendars that policies and timers refer to by name, with a default for policies that
/// name none.
/// </summary>
/// <remarks>
/// <para>
/// Start from <see cref="Empty"/> (whose default is <see cref="CalendarHours"/>: plain elapsed time)
/// or <see cref="Create"/>, then add named calendars with <see cref="With"/>. Names are compared
/// ordinally.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SlaCalendarSet
{
    private readonly ImmutableDictionary<string, IBusinessCalendar> _calendars;

    private SlaCalendarSet(ImmutableDictionary<string, IBusinessCalendar> calendars, IBusinessCalendar defaultCalendar, string? defaultName)
    {
        _calendars = calendars;
        Default = defaultCalendar;
        DefaultName = defaultName;
    }

    /// <summary>Gets a set with no named calendars whose default is <see cref="CalendarHours.Instance"/>.</summary>
    public static SlaCalendarSet Empty { get; } =
        new(ImmutableDictionary.Create<string, IBusinessCalendar>(StringComparer.Ordinal), CalendarHours.Instance, null);

    /// <summary>Gets the calendar used by policies and timers that name none.</summary>
    public IBusinessCalendar Default { get; }

    /// <summary>Gets the name of <see cref="Default"/>, or <see langword="null"/> when it is not a named calendar.</summary>
    public string? DefaultName { get; }

    /// <summary>Gets the names of the calendars, sorted ordinally.</summary>
    public ImmutableArray<string> Names => [.. _calendars.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Creates a set with one named calendar, which is also the default.</summary>
    /// <param name="name">The calendar's name; must not be blank.</param>
    /// <param name="calendar">The calendar; must not be null.</param>
    /// <returns>The calendar set.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static SlaCalendarSet Create(string name, IBusinessCalendar calendar) => Empty.With(name, calendar).WithDefault(name);

    /// <summary>Returns a set with a named calendar added or replaced.</summary>
    /// <param name="name">The calendar's name; must not be blank.</param>
    /// <param name="calendar">The calendar; must not be null.</param>
    /// <returns>The new calendar set.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public SlaCalendarSet With(string name, IBusinessCalendar calendar)
    {
        TimerGuard.NotBlank(name);
        Guard.NotNull(calendar);
        var isDefault = string.Equals(name, DefaultName, StringComparison.Ordinal);
        return new SlaCalendarSet(_calendars.SetItem(name, calendar), isDefault ? calendar : Default, DefaultName);
    }

    /// <summary>Returns a set whose default is the named calendar.</summary>
    /// <param name="name">The name of a calendar in the set.</param>
    /// <returns>The new calendar set.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not in the set.</exception>
    public SlaCalendarSet WithDefault(string name) =>
        new(_calendars, Get(name), name);

    /// <summary>Looks up a calendar by name.</summary>
    /// <param name="name">The calendar's name.</param>
    /// <param name="calendar">The calendar, when found.</param>
    /// <returns><see langword="true"/> when the set has a calendar with that name.</returns>
    public bool TryGet(string name, [NotNullWhen(true)] out IBusinessCalendar? calendar) =>
        _calendars.TryGetValue(name, out calendar);

    /// <summary>Returns the calendar with a name.</summary>
    /// <param name="name">The calendar's name.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentException">The set has no calendar named <paramref name="name"/>.</exception>
    public IBusinessCalendar Get(string name) =>
        name is not null && _calendars.TryGetValue(name, out var calendar)
            ? calendar
            : throw new ArgumentException($"There is no calendar named '{name}'; known calendars: {KnownNames()}.", nameof(name));

    internal string KnownNames() => _calendars.IsEmpty ? "(none)" : string.Join(", ", Names);
}
