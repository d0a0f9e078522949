using SupportOps.RoutingEngine.Policies;
using SupportOps.SlaEngine.Policies;

namespace SupportOps.CommandCenter.Settings;

/// <summary>
/// The settings the running host uses: the SLA evaluator (read by the ticket state calculator on every
/// append and refresh) and the routing policy (read by every routing call). A singleton; saving a
/// settings document swaps in a new <see cref="ActiveSettingsSnapshot"/> at once.
/// </summary>
/// <remarks><para>Thread-safe: readers get an immutable snapshot; updates are serialized.</para></remarks>
internal sealed class ActiveSettings
{
    private readonly Lock _gate = new();
    private ActiveSettingsSnapshot _current;

    /// <summary>Initializes the provider with the built-in defaults.</summary>
    /// <param name="initial">The starting settings.</param>
    public ActiveSettings(ActiveSettingsSnapshot initial) => _current = initial;

    /// <summary>Gets the current settings.</summary>
    public ActiveSettingsSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Replaces the settings with a function of the current ones, atomically.</summary>
    /// <param name="update">Computes the new settings from the current ones.</param>
    /// <returns>The new settings.</returns>
    public ActiveSettingsSnapshot Update(Func<ActiveSettingsSnapshot, ActiveSettingsSnapshot> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        lock (_gate)
        {
            var next = update(_current);
            Volatile.Write(ref _current, next);
            return next;
        }
    }

    /// <summary>Builds the built-in defaults (version 0 of each kind) from the files in a directory.</summary>
    /// <param name="directory">The directory with <c>calendar-new-york.json</c>, <c>sla-policies.json</c> and <c>routing-policy.json</c>.</param>
    /// <returns>The defaults.</returns>
    /// <exception cref="FormatException">A file is invalid.</exception>
    public static ActiveSettingsSnapshot LoadDefaults(string directory)
    {
        var calendarsJson = $$"""{ "default": "new-york", "calendars": { "new-york": {{File.ReadAllText(Path.Combine(directory, "calendar-new-york.json"))}} } }""";
        var slaJson = File.ReadAllText(Path.Combine(directory, "sla-policies.json"));
        var routingJson = File.ReadAllText(Path.Combine(directory, "routing-policy.json"));
        return ActiveSettingsSnapshot.Create(
            new SettingsDocument(SettingsKind.Calendars, 0, calendarsJson, null, null),
            new SettingsDocument(SettingsKind.SlaPolicies, 0, slaJson, null, null),
            new SettingsDocument(SettingsKind.RoutingPolicy, 0, routingJson, null, null),
            SettingsValidator.ParseCalendars(calendarsJson),
            SlaPolicySet.FromJson(slaJson),
            RoutingPolicy.FromJson(routingJson));
    }
}
