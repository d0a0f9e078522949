using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupportOps.Analytics.Reports;
using SupportOps.Analytics.Tests.Support;

namespace SupportOps.Analytics.Tests;

public sealed class AnalyticsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddAnalytics_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection();

        services.AddAnalytics(_ => { }).AddAnalytics(_ => { });

        Assert.Single(services, d => d.ServiceType == typeof(HealthReportGenerator));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<AnalyticsOptions>));
    }

    [Fact]
    public void AddAnalytics_Configuration_BindsTheSection()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Analytics:AttainmentTargetPercent"] = "95", ["Analytics:TopRisks"] = "3" })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);

        using var provider = services.AddAnalytics().BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<AnalyticsOptions>>().Value;
        Assert.Equal(95, options.AttainmentTargetPercent);
        Assert.Equal(3, options.TopRisks);
        var report = provider.GetRequiredService<HealthReportGenerator>().Generate([], Fixtures.Week, Fixtures.WeekEnd);
        Assert.Empty(report.Risks);
    }

    [Fact]
    public void AddAnalytics_InvalidOptions_FailValidationNamingTheOption()
    {
        using var provider = new ServiceCollection().AddAnalytics(o => o.PercentPointThreshold = -1).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AnalyticsOptions>>().Value);

        Assert.Contains("PercentPointThreshold", error.Message, StringComparison.Ordinal);
    }
}
