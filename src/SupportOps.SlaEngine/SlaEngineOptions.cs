namespace SupportOps.SlaEngine;

/// <summary>
/// Where <see cref="SlaEngineServiceCollectionExtensions.AddSlaEngine(Microsoft.Extensions.DependencyInjection.IServiceCollection, string)"/>
/// reads the policy set and the business calendars from. Bound from configuration (section
/// <c>SlaEngine</c> by default) and validated when the host starts.
/// </summary>
/// <example>
/// <code>
/// "SlaEngine": {
///   "PolicySetPath": "sla/policies.json",
///   "Calendars": { "new-york": "sla/new-york.json", "london": "sla/london.json" },
///   "DefaultCalendar": "new-york"
/// }
/// </code>
/// </example>
/// <remarks>
/// <para>
/// Give the policy set either as a file (<see cref="PolicySetPath"/>) or inline
/// (<see cref="PolicySetJson"/>), not both. Relative paths are resolved against
/// <see cref="BaseDirectory"/>. The formats are those of
/// <see cref="Policies.SlaPolicySet.FromJson"/> and <see cref="Calendars.BusinessCalendar.FromJson"/>.
/// </para>
/// </remarks>
public sealed class SlaEngineOptions
{
    /// <summary>The configuration section bound by default.</summary>
    public const string DefaultSectionName = "SlaEngine";

    /// <summary>Gets or sets the path of the policy-set JSON file.</summary>
    /// <value>The default value is <see langword="null"/>; set this or <see cref="PolicySetJson"/>.</value>
    public string? PolicySetPath { get; set; }

    /// <summary>Gets or sets the policy set as inline JSON.</summary>
    /// <value>The default value is <see langword="null"/>; set this or <see cref="PolicySetPath"/>.</value>
    public string? PolicySetJson { get; set; }

    /// <summary>Gets the business calendars: each name (as policies refer to it) mapped to the path of its JSON file.</summary>
    /// <value>The default value is an empty dictionary (every timer then counts calendar time).</value>
    public IDictionary<string, string> Calendars { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Gets or sets the name of the calendar used by policies that name none.</summary>
    /// <value>
    /// The default value is <see langword="null"/>: policies that name no calendar count calendar time
    /// (<see cref="Calendars.CalendarHours"/>). When set, it must be a key of <see cref="Calendars"/>.
    /// </value>
    public string? DefaultCalendar { get; set; }

    /// <summary>Gets or sets the directory against which relative paths are resolved.</summary>
    /// <value>The default value is <see langword="null"/>, meaning <see cref="AppContext.BaseDirectory"/>.</value>
    public string? BaseDirectory { get; set; }
}
