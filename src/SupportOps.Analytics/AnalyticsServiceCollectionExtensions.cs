using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportOps.Analytics.Reports;

namespace SupportOps.Analytics;

/// <summary>Registers the analytics in a service collection.</summary>
public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="HealthReportGenerator"/> as a singleton with <see cref="AnalyticsOptions"/> bound
    /// to a configuration section and validated when the host starts.
    /// </summary>
    /// <param name="services">The service collection; must not be null.</param>
    /// <param name="configSectionPath">The configuration section to bind; <c>Analytics</c> by default.</param>
    /// <returns>The service collection.</returns>
    /// <remarks><para>Registrations use <c>TryAdd</c>, so calling this twice is harmless.</para></remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configSectionPath"/> is null.</exception>
    public static IServiceCollection AddAnalytics(this IServiceCollection services, string configSectionPath = AnalyticsOptions.DefaultSectionName)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configSectionPath);
        services.AddOptions<AnalyticsOptions>().BindConfiguration(configSectionPath).ValidateOnStart();
        return AddCore(services);
    }

    /// <summary>Registers the analytics with options set in code (still validated when the host starts).</summary>
    /// <param name="services">The service collection; must not be null.</param>
    /// <param name="configure">Sets the options; must not be null.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IServiceCollection AddAnalytics(this IServiceCollection services, Action<AnalyticsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<AnalyticsOptions>().Configure(configure).ValidateOnStart();
        return AddCore(services);
    }

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AnalyticsOptions>, AnalyticsOptionsValidator>());
        services.TryAddSingleton<HealthReportGenerator>();
        return services;
    }
}
