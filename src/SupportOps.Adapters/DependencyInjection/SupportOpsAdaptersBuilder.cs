using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupportOps.Adapters.Internal;

namespace SupportOps.Adapters.DependencyInjection;

/// <summary>
/// Returned by <see cref="AdaptersServiceCollectionExtensions.AddSupportOpsAdapters"/>; adapter packages
/// add their sources to it (<c>.AddZendesk()</c>, <c>.AddSlack()</c>, <c>.AddEmail()</c>).
/// </summary>
public sealed class SupportOpsAdaptersBuilder
{
    internal SupportOpsAdaptersBuilder(IServiceCollection services, IConfiguration configuration)
    {
        Services = Guard.NotNull(services);
        Configuration = Guard.NotNull(configuration);
    }

    /// <summary>Gets the service collection being configured.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Gets the configuration the adapters bind their options from.</summary>
    public IConfiguration Configuration { get; }
}
