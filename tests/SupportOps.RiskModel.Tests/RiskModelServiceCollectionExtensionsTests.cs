using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using SupportOps.RiskModel.Forecasting;
using SupportOps.RiskModel.Scoring;

namespace SupportOps.RiskModel.Tests;

public sealed class RiskModelServiceCollectionExtensionsTests
{
    private static IServiceCollection Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create(setting.Key, (string?)setting.Value)))
            .Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration);
    }

    [Fact]
    public void AddRiskModel_RegistersScorerForecasterAndValidator()
    {
        var sut = Services().AddRiskModel();

        using var provider = sut.BuildServiceProvider(validateScopes: true);

        Assert.Same(provider.GetRequiredService<RiskScorer>(), provider.GetRequiredService<RiskScorer>());
        Assert.NotNull(provider.GetRequiredService<BreachForecaster>());
        Assert.Contains(provider.GetServices<IValidateOptions<RiskScoringOptions>>(), validator => validator is RiskScoringOptionsValidator);
    }

    [Fact]
    public void AddRiskModel_CalledTwice_AddsNothingTwice()
    {
        var sut = Services().AddRiskModel().AddRiskModel();

        Assert.Single(sut, descriptor => descriptor.ServiceType == typeof(RiskScorer));
        Assert.Single(sut, descriptor => descriptor.ServiceType == typeof(BreachForecaster));
        Assert.Single(sut, descriptor => descriptor.ServiceType == typeof(IValidateOptions<RiskScoringOptions>));
    }

    [Fact]
    public void AddRiskModel_BindsTheConfigurationSection()
    {
        var sut = Services(("SupportOps:RiskModel:UnassignedWeight", "20"), ("SupportOps:RiskModel:MaxReasons", "2")).AddRiskModel();

        using var provider = sut.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<RiskScoringOptions>>().Value;
        var score = provider.GetRequiredService<RiskScorer>().Score(new RiskInputs(Duration.Zero, Duration.FromHours(8), Duration.FromHours(8)));

        Assert.Equal((20.0, 2), (options.UnassignedWeight, options.MaxReasons));
        Assert.Equal(20, score.Score);
    }

    [Fact]
    public void AddRiskModel_ConfigureRunsAfterBinding()
    {
        var sut = Services(("Risk:SocialWeight", "9")).AddRiskModel(options => options.SocialWeight *= 2, "Risk");

        using var provider = sut.BuildServiceProvider();

        Assert.Equal(18, provider.GetRequiredService<IOptions<RiskScoringOptions>>().Value.SocialWeight);
    }

    [Fact]
    public void AddRiskModel_NoConfigurationRegistered_UsesDefaults()
    {
        using var provider = new ServiceCollection().AddRiskModel().BuildServiceProvider();

        Assert.Equal(70, provider.GetRequiredService<IOptions<RiskScoringOptions>>().Value.SlaTimeWeight);
    }

    [Fact]
    public void AddRiskModel_InvalidConfiguration_FailsOnStartNamingTheOption()
    {
        var sut = Services(("SupportOps:RiskModel:AtRiskFrom", "80")).AddRiskModel();
        using var provider = sut.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("AtRiskFrom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRiskModel_NullServices_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => RiskModelServiceCollectionExtensions.AddRiskModel(null!));
    }
}
