using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportOps.Adapters.Ingest;
using SupportOps.Adapters.Internal;
using SupportOps.Adapters.Ports;
using SupportOps.Adapters.Registry;
using SupportOps.EventTimeline.Events;

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

    /// <summary>
    /// Registers one source's adapter: binds <typeparamref name="TOptions"/> from
    /// <paramref name="sectionName"/>, registers the normalizer as a singleton, and adds the
    /// <see cref="AdapterDescriptor"/> the registry selects from (a mock source from the options, no
    /// production client, and the secrets production mode requires). A second call for the same
    /// normalizer type adds nothing.
    /// </summary>
    /// <typeparam name="TNormalizer">The source's normalizer.</typeparam>
    /// <typeparam name="TOptions">The source's options.</typeparam>
    /// <param name="source">The source the adapter serves.</param>
    /// <param name="sectionName">The configuration section of the options. Must not be null.</param>
    /// <param name="createNormalizer">Creates the normalizer from its options. Must not be null.</param>
    /// <param name="createMock">Creates the mock source from the options, or returns null when it is not configured. Must not be null.</param>
    /// <param name="requiredSecrets">The secrets production mode requires.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SupportOpsAdaptersBuilder AddAdapter<TNormalizer, TOptions>(
        EventSource source,
        string sectionName,
        Func<TOptions, TNormalizer> createNormalizer,
        Func<TOptions, ITicketSource?> createMock,
        IReadOnlyList<string> requiredSecrets)
        where TNormalizer : class, ITicketNormalizer
        where TOptions : class
    {
        Guard.NotNull(sectionName);
        Guard.NotNull(createNormalizer);
        Guard.NotNull(createMock);
        Guard.NotNull(requiredSecrets);
        if (Services.Any(descriptor => descriptor.ServiceType == typeof(TNormalizer)))
        {
            return this;
        }

        Services.AddOptions<TOptions>().Bind(Configuration.GetSection(sectionName));
        Services.TryAddSingleton(provider => createNormalizer(provider.GetRequiredService<IOptions<TOptions>>().Value));
        Services.AddSingleton(new AdapterDescriptor(
            source,
            provider => provider.GetRequiredService<TNormalizer>(),
            provider => createMock(provider.GetRequiredService<IOptions<TOptions>>().Value),
            createProduction: null,
            requiredSecrets));
        return this;
    }
}
