namespace SupportOps.Adapters.Registry;

/// <summary>Top-level adapter settings, bound from the <c>Adapters</c> configuration section.</summary>
public sealed class AdaptersOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Adapters";

    /// <summary>Gets or sets which adapters are used.</summary>
    /// <value>The default value is <see cref="AdapterMode.Mock"/>.</value>
    public AdapterMode Mode { get; set; } = AdapterMode.Mock;
}
