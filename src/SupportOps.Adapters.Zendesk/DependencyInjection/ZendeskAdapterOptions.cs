namespace SupportOps.Adapters.Zendesk.DependencyInjection;

/// <summary>Settings of the Zendesk adapter, bound from <c>Adapters:Zendesk</c>.</summary>
public sealed class ZendeskAdapterOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Adapters:Zendesk";

    /// <summary>Gets or sets the folder of saved API responses the mock source reads.</summary>
    /// <value>The default value is null: the mock source is not configured.</value>
    public string? FixturesPath { get; set; }
}
