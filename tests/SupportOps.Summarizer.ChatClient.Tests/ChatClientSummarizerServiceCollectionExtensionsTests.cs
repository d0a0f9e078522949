using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using SupportOps.Summarizer.Abstractions;
using SupportOps.Summarizer.ChatClient.Tests.Fakes;
using SupportOps.Summarizer.Local;
using static SupportOps.Summarizer.ChatClient.Tests.TestRequests;

namespace SupportOps.Summarizer.ChatClient.Tests;

public sealed class ChatClientSummarizerServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddChatClientSummarizer_ChatClientAndClockInDi_ResolvesTheChatSummarizer()
    {
        var client = FakeChatClient.Answering(ModelAnswers.Valid);
        var services = new ServiceCollection()
            .AddSingleton<IChatClient>(client)
            .AddSingleton<IClock>(new FakeClock(Now))
            .AddChatClientSummarizer();
        using var provider = services.BuildServiceProvider(validateScopes: true);

        var sut = provider.GetRequiredService<ISummarizer>();
        var result = await sut.SummarizeAsync(Outage());

        Assert.IsType<ChatClientSummarizer>(sut);
        Assert.Equal("fakeai", result.Metadata.Provider);
        Assert.Equal(Now, result.GeneratedAt);
    }

    [Fact]
    public void AddChatClientSummarizer_AfterAddLocalSummarizer_ReplacesTheSummarizerOnce()
    {
        var services = new ServiceCollection().AddLocalSummarizer().AddChatClientSummarizer().AddChatClientSummarizer();

        var summarizer = Assert.Single(services, descriptor => descriptor.ServiceType == typeof(ISummarizer));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(ChatClientSummarizer));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(LocalSummarizer));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IValidateOptions<ChatClientSummarizerOptions>));
        Assert.Single(services, descriptor => descriptor.ServiceType == typeof(IConfigureOptions<ChatClientSummarizerOptions>));
        Assert.NotNull(summarizer.ImplementationFactory);
    }

    [Fact]
    public void AddChatClientSummarizer_Configuration_BindsTheSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SupportOps:Summarizer:ChatClient:Timeout"] = "00:00:07",
            ["SupportOps:Summarizer:ChatClient:ModelId"] = "gpt-4.1-mini",
            ["SupportOps:Summarizer:ChatClient:UseJsonSchema"] = "false",
        }).Build();
        using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddChatClientSummarizer(options => options.MaxOutputTokens = 900)
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<ChatClientSummarizerOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(7), options.Timeout);
        Assert.Equal("gpt-4.1-mini", options.ModelId);
        Assert.False(options.UseJsonSchema);
        Assert.Equal(900, options.MaxOutputTokens);
    }

    [Fact]
    public void AddChatClientSummarizer_InvalidOptions_FailValidation()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IChatClient>(FakeChatClient.Answering(ModelAnswers.Valid))
            .AddChatClientSummarizer(options => options.Temperature = 5)
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ChatClientSummarizerOptions>>().Value);
        Assert.Contains("Temperature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddChatClientSummarizer_KeyedClient_UsesThatClient()
    {
        var keyed = FakeChatClient.Answering(ModelAnswers.Valid);
        using var provider = new ServiceCollection()
            .AddKeyedSingleton<IChatClient>("summaries", keyed)
            .AddChatClientSummarizer(options => options.ChatClientKey = "summaries")
            .BuildServiceProvider();

        await provider.GetRequiredService<ISummarizer>().SummarizeAsync(Outage());

        Assert.Single(keyed.Requests);
    }
}
