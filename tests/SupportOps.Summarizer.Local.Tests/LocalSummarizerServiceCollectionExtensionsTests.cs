using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using SupportOps.Summarizer.Abstractions;
using static SupportOps.Summarizer.Local.Tests.TestTickets;

namespace SupportOps.Summarizer.Local.Tests;

public sealed class LocalSummarizerServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddLocalSummarizer_WithClock_ResolvesSummarizerUsingThatClock()
    {
        var services = new ServiceCollection().AddSingleton<IClock>(new FakeClock(Now));
        services.AddLocalSummarizer(options => options.MaxMessages = 5);
        using var provider = services.BuildServiceProvider(validateScopes: true);

        var sut = provider.GetRequiredService<ISummarizer>();
        var result = await sut.SummarizeAsync(Ticket("x", "y"));

        Assert.IsType<LocalSummarizer>(sut);
        Assert.Same(provider.GetRequiredService<LocalSummarizer>(), sut);
        Assert.Equal(Now, result.GeneratedAt);
        Assert.Equal(5, provider.GetRequiredService<LocalSummarizer>().Canonicalizer.MaxMessages);
    }

    [Fact]
    public void AddLocalSummarizer_Twice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection();

        services.AddLocalSummarizer().AddLocalSummarizer();

        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(ISummarizer));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(LocalSummarizer));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IClock));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IValidateOptions<LocalSummarizerOptions>));
    }

    [Fact]
    public void AddLocalSummarizer_NoClock_UsesTheSystemClock()
    {
        using var provider = new ServiceCollection().AddLocalSummarizer().BuildServiceProvider();

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddLocalSummarizer_InvalidOptions_FailOnResolve()
    {
        using var provider = new ServiceCollection().AddLocalSummarizer(options => options.MaxEntities = -1).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISummarizer>());
        Assert.Contains("MaxEntities", error.Message, StringComparison.Ordinal);
    }
}
