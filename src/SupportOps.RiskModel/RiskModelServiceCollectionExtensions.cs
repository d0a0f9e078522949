using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportOps.RiskModel.Forecasting;
using SupportOps.RiskModel.Internal;
using SupportOps.RiskModel.Scoring;

namespace SupportOps.RiskModel;

/// <summary>Registers the risk model in a service collection.</summary>
public static class RiskModelServiceCollectionExtensions
{
    /// <summary>Registers a singleton <see cref="RiskScorer"/> and <see cref="BreachForecaster"/>, with
    /// <see cref="RiskScoringOptions"/> bound from the configuration section <paramref name="configSectionPath"/>
    /// (when an <c>IConfiguration</c> is registered), then <paramref name="configure"/>, validated on start.</summary>
    /// <param name="services">The services; must not be null.</param>
    /// <param name="configure">Optional changes applied after binding.</param>
    /// <param name="configSectionPath">The section to bind; <see cref="RiskScoringOptions.DefaultSectionName"/> by default.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks><para>Calling it again is harmless: services are added with <c>TryAdd*</c>, binding and validation are
    /// registered once, and a further <paramref name="configure"/> is applied on top.</para></remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configSectionPath"/> is null.</exception>
    public static IServiceCollection AddRiskModel(this IServiceCollection services, Action<RiskScoringOptions>? configure = null, string configSectionPath = RiskScoringOptions.DefaultSectionName)
    {
        Guard.NotNull(services);
        Guard.NotNull(configSectionPath);
        var options = services.AddOptions<RiskScoringOptions>();
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(RiskScorer)))
        {
            options.Configure<IServiceProvider>((value, provider) => Bind(provider, configSectionPath, value)).ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RiskScoringOptions>, RiskScoringOptionsValidator>());
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(provider => new RiskScorer(provider.GetRequiredService<IOptions<RiskScoringOptions>>().Value));
        services.TryAddSingleton<BreachForecaster>();
        return services;
    }

    private static void Bind(IServiceProvider provider, string sectionPath, RiskScoringOptions options)
    {
        if (provider.GetService(typeof(Microsoft.Extensions.Configuration.IConfiguration)) is Microsoft.Extensions.Configuration.IConfiguration configuration)
        {
            Microsoft.Extensions.Configuration.ConfigurationBinder.Bind(configuration.GetSection(sectionPath), options);
        }
    }
}
