using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using SupportOps.SlaEngine.Evaluation;

namespace SupportOps.SlaEngine;

/// <summary>Registers the SLA engine in a service collection.</summary>
public static class SlaEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SlaEvaluator"/> (with its <see cref="Policies.SlaPolicySet"/> and
    /// <see cref="SlaCalendarSet"/>) as singletons built from <see cref="SlaEngineOptions"/> bound to a
    /// configuration section, validated when the host starts, and a default <see cref="IClock"/>.
    /// </summary>
    /// <param name="services">The service collection; must not be null.</param>
    /// <param name="configSectionPath">The configuration section to bind; <c>SlaEngine</c> by default.</param>
    /// <returns>The service collection.</returns>
    /// <remarks>
    /// <para>
    /// Registrations use <c>TryAdd</c>, so calling this twice is harmless and a host that registers its
    /// own <see cref="IClock"/> (such as a fake clock in tests) keeps it. The default clock is the
    /// system clock.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configSectionPath"/> is null.</exception>
    public static IServiceCollection AddSlaEngine(this IServiceCollection services, string configSectionPath = SlaEngineOptions.DefaultSectionName)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configSectionPath);
        services.AddOptions<SlaEngineOptions>().BindConfiguration(configSectionPath).ValidateOnStart();
        return AddCore(services);
    }

    /// <summary>
    /// Registers the SLA engine with options set in code (and still validated when the host starts).
    /// </summary>
    /// <param name="services">The service collection; must not be null.</param>
    /// <param name="configure">Sets the options; must not be null.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IServiceCollection AddSlaEngine(this IServiceCollection services, Action<SlaEngineOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SlaEngineOptions>().Configure(configure).ValidateOnStart();
        return AddCore(services);
    }

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlaEngineOptions>, SlaEngineOptionsValidator>());

        // The one place where the real clock is chosen: hosts and tests may register their own IClock first.
#pragma warning disable RS0030 // SystemClock.Instance is allowed in DI wiring only.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030

        services.TryAddSingleton(provider => SlaEngineLoader.Load(provider.GetRequiredService<IOptions<SlaEngineOptions>>().Value));
        services.TryAddSingleton(provider => provider.GetRequiredService<SlaEvaluator>().Policies);
        services.TryAddSingleton(provider => provider.GetRequiredService<SlaEvaluator>().Calendars);
        return services;
    }
}
