using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Internal;
using SupportOps.RoutingEngine.Policies;
using SupportOps.RoutingEngine.Simulation;

namespace SupportOps.RoutingEngine;

/// <summary>Registers the routing engine in a service collection.</summary>
public static class RoutingEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RoutingOptions"/> (validated on start), the policy (<see cref="RoutingPolicy.DefaultV1"/>
    /// unless one is already registered), a singleton <see cref="Router"/> and a <see cref="RoutingSimulator"/>.
    /// Calling it twice is harmless.
    /// </summary>
    /// <param name="services">The services; must not be null.</param>
    /// <param name="configure">Configures the options, or null.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddRoutingEngine(this IServiceCollection services, Action<RoutingOptions>? configure = null)
    {
        Guard.NotNull(services);
        var options = services.AddOptions<RoutingOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RoutingOptions>, RoutingOptionsValidator>());
        services.TryAddSingleton(_ => RoutingPolicy.DefaultV1);
        services.TryAddSingleton(sp => new Router(sp.GetRequiredService<RoutingPolicy>(), sp.GetRequiredService<IOptions<RoutingOptions>>().Value));
        services.TryAddSingleton(sp => new RoutingSimulator(sp.GetRequiredService<IOptions<RoutingOptions>>().Value));
        return services;
    }

    /// <summary>Registers the routing engine with a given policy (see <see cref="AddRoutingEngine(IServiceCollection, Action{RoutingOptions}?)"/>).</summary>
    /// <param name="services">The services; must not be null.</param>
    /// <param name="policy">The policy; must not be null.</param>
    /// <param name="configure">Configures the options, or null.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="policy"/> is null.</exception>
    public static IServiceCollection AddRoutingEngine(this IServiceCollection services, RoutingPolicy policy, Action<RoutingOptions>? configure = null)
    {
        Guard.NotNull(services);
        Guard.NotNull(policy);
        services.TryAddSingleton(policy);
        return services.AddRoutingEngine(configure);
    }
}
