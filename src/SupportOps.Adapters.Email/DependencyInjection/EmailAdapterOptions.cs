namespace SupportOps.Adapters.Email.DependencyInjection;

/// <summary>Settings of the e-mail adapter, bound from <c>Adapters:Email</c>.</summary>
public sealed class EmailAdapterOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Adapters:Email";

    /// <summary>Gets or sets the folder of <c>.eml</c> files the mock source reads.</summary>
    /// <value>The default value is null: the mock source is not configured.</value>
    public string? FixturesPath { get; set; }

    /// <summary>
    /// Gets the addresses and domains of the support team (<c>support@example.com</c>, <c>example.com</c>):
    /// mail from them is an agent reply, all other mail is the customer's.
    /// </summary>
    /// <value>The default value is empty: every message is the customer's.</value>
    public IList<string> SupportAddresses { get; } = [];
}
