using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Policies;
using SupportOps.RoutingEngine.Simulation;

namespace SupportOps.RoutingEngine.Tests;

public sealed class RoutingEngineServiceCollectionExtensionsTests
{
    [Fact]
    public void AddRoutingEngine_Defaults_RegistersRouterWithPolicyV1()
    {
        using var provider = new ServiceCollection().AddRoutingEngine().BuildServiceProvider();

        var router = provider.GetRequiredService<Router>();

        Assert.Same(RoutingPolicy.DefaultV1, router.Policy);
        Assert.Same(router, provider.GetRequiredService<Router>());
        Assert.NotNull(provider.GetRequiredService<RoutingSimulator>());
        Assert.Equal(Duration.FromMinutes(15), provider.GetRequiredService<IOptions<RoutingOptions>>().Value.Cooldown);
    }

    [Fact]
    public void AddRoutingEngine_CalledTwice_RegistersOnce()
    {
        var services = new ServiceCollection().AddRoutingEngine().AddRoutingEngine();

        Assert.Single(services, d => d.ServiceType == typeof(Router));
        Assert.Single(services, d => d.ServiceType == typeof(RoutingPolicy));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<RoutingOptions>));
    }

    [Fact]
    public void AddRoutingEngine_WithPolicyAndOptions_UsesThem()
    {
        var policy = RoutingPolicy.FromJson(RoutingPolicy.DefaultV1.ToJson().Replace("\"v1\"", "\"v1-test\"", StringComparison.Ordinal));
        using var provider = new ServiceCollection().AddRoutingEngine(policy, o => o.MaxAlternatives = 3).BuildServiceProvider();

        Assert.Equal("v1-test", provider.GetRequiredService<Router>().Policy.Version);
        Assert.Equal(3, provider.GetRequiredService<IOptions<RoutingOptions>>().Value.MaxAlternatives);
    }

    [Fact]
    public void AddRoutingEngine_InvalidOptions_FailValidation()
    {
        using var provider = new ServiceCollection().AddRoutingEngine(o => o.Cooldown = Duration.FromMinutes(-1)).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RoutingOptions>>().Value);

        Assert.Contains("Cooldown", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRoutingEngine_NullServices_Throws()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => RoutingEngineServiceCollectionExtensions.AddRoutingEngine(null!)).ParamName);
    }

    [Theory]
    [InlineData(-1, 0.2, 16, 1, "Cooldown")]
    [InlineData(1, -0.1, 16, 1, "Hysteresis")]
    [InlineData(1, double.NaN, 16, 1, "Hysteresis")]
    [InlineData(1, 0.2, 1025, 1, "MaxAlternatives")]
    [InlineData(1, 0.2, 16, 0, "DecisionLogCapacity")]
    public void RoutingOptions_Validate_NamesTheBadOption(int cooldownMinutes, double hysteresis, int maxAlternatives, int logCapacity, string option)
    {
        var sut = new RoutingOptions { Cooldown = Duration.FromMinutes(cooldownMinutes), Hysteresis = hysteresis, MaxAlternatives = maxAlternatives, DecisionLogCapacity = logCapacity };

        var failure = Assert.Single(sut.Validate());

        Assert.StartsWith(option, failure, StringComparison.Ordinal);
    }
}
