using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using SupportOps.Summarizer.Abstractions;
using SupportOps.Summarizer.ChatClient.Internal;
using SupportOps.Summarizer.Local;

namespace SupportOps.Summarizer.ChatClient;

/// <summary>Registers the <see cref="ChatClientSummarizer"/>.</summary>
public static class ChatClientSummarizerServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ChatClientSummarizer"/> as a singleton and as the <see cref="ISummarizer"/>
    /// (replacing a local one registered before), the local summarizer as its fallback, and its options:
    /// bound from the configuration section <see cref="ChatClientSummarizerOptions.SectionName"/> when an
    /// <see cref="IConfiguration"/> is registered, then <paramref name="configure"/>, validated on start.
    /// The <see cref="IChatClient"/> (keyed by <see cref="ChatClientSummarizerOptions.ChatClientKey"/> if
    /// set) is resolved from DI: register it, with its credentials, separately. Calling this twice
    /// registers nothing twice.
    /// </summary>
    /// <param name="services">The services. Must not be null.</param>
    /// <param name="configure">Changes the options after binding; may be null.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddChatClientSummarizer(this IServiceCollection services, Action<ChatClientSummarizerOptions>? configure = null)
    {
        Guard.NotNull(services);
        var options = services.AddOptions<ChatClientSummarizerOptions>();
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(ConfigurationBinding)))
        {
            services.AddSingleton<ConfigurationBinding>();
            options.Configure<IServiceProvider>((value, provider) => provider.GetService<IConfiguration>()?.GetSection(ChatClientSummarizerOptions.SectionName).Bind(value));
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChatClientSummarizerOptions>, OptionsValidator>());
        services.AddLocalSummarizer();
        services.TryAddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<ChatClientSummarizerOptions>>();
            var chatClient = settings.Value.ChatClientKey is { } key
                ? provider.GetRequiredKeyedService<IChatClient>(key)
                : provider.GetRequiredService<IChatClient>();
            var logger = provider.GetService<ILoggerFactory>()?.CreateLogger<ChatClientSummarizer>() ?? NullLogger<ChatClientSummarizer>.Instance;
            return new ChatClientSummarizer(chatClient, provider.GetRequiredService<LocalSummarizer>(), settings, provider.GetRequiredService<IClock>(), logger);
        });
        services.Replace(ServiceDescriptor.Singleton<ISummarizer>(provider => provider.GetRequiredService<ChatClientSummarizer>()));
        return services;
    }

    /// <summary>Marks that configuration binding is registered, so a second call does not bind twice.</summary>
    private sealed class ConfigurationBinding;

    private sealed class OptionsValidator : IValidateOptions<ChatClientSummarizerOptions>
    {
        public ValidateOptionsResult Validate(string? name, ChatClientSummarizerOptions options)
        {
            var errors = options.Validate();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
