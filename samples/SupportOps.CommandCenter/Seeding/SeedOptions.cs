namespace SupportOps.CommandCenter.Seeding;

/// <summary>Options of the demo workload seeded at first start (section <c>CommandCenter:Seed</c>).</summary>
public sealed class SeedOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CommandCenter:Seed";

    /// <summary>Gets or sets a value indicating whether an empty database is seeded at start-up.</summary>
    /// <value>The default value is <see langword="false"/>; <c>appsettings.Development.json</c> turns it on.</value>
    public bool OnStartup { get; set; }

    /// <summary>Gets or sets the random seed.</summary>
    /// <value>The default value is 42.</value>
    public int Seed { get; set; } = 42;

    /// <summary>Gets or sets the number of tickets.</summary>
    /// <value>The default value is 120.</value>
    public int Tickets { get; set; } = 120;

    /// <summary>Gets or sets a value indicating whether the SLA scenarios (<see cref="ScenarioGenerator"/>) are injected.</summary>
    /// <value>The default value is <see langword="true"/>: 33 of the tickets are scenario tickets when there are at least 66.</value>
    public bool InjectScenarios { get; set; } = true;

    /// <summary>Gets or sets the number of days the tickets arrive over, ending now.</summary>
    /// <value>The default value is 14.</value>
    public int Days { get; set; } = 14;
}
