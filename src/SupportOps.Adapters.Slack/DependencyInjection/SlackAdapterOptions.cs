namespace SupportOps.Adapters.Slack.DependencyInjection;

/// <summary>Settings of the Slack adapter, bound from <c>Adapters:Slack</c>.</summary>
public sealed class SlackAdapterOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Adapters:Slack";

    /// <summary>Gets or sets the folder of saved Events API bodies the mock source reads.</summary>
    /// <value>The default value is null: the mock source is not configured.</value>
    public string? FixturesPath { get; set; }
}
