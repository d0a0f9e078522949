using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using SupportOps.Summarizer.Abstractions;
using SupportOps.Summarizer.Local.Internal;

namespace SupportOps.Summarizer.Local;

/// <summary>Registers the <see cref="LocalSummarizer"/>.</summary>
public static class LocalSummarizerServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="LocalSummarizer"/> as a singleton, as <see cref="ISummarizer"/> unless one is
    /// already registered, its validated options (validated on start), and the system clock as
    /// <see cref="IClock"/> unless one is already registered. Calling it twice registers nothing twice.
    /// </summary>
    /// <param name="services">The services. Must not be null.</param>
    /// <param name="configure">Changes the options; may be null.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddLocalSummarizer(this IServiceCollection services, Action<LocalSummarizerOptions>? configure = null)
    {
        Guard.NotNull(services);
        var options = services.AddOptions<LocalSummarizerOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LocalSummarizerOptions>, LocalSummarizerOptionsValidator>());
#pragma warning disable RS0030 // The system clock is the default in DI wiring only; register another IClock first to replace it.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.TryAddSingleton<LocalSummarizer>();
        services.TryAddSingleton<ISummarizer>(provider => provider.GetRequiredService<LocalSummarizer>());
        return services;
    }

    private sealed class LocalSummarizerOptionsValidator : IValidateOptions<LocalSummarizerOptions>
    {
        public ValidateOptionsResult Validate(string? name, LocalSummarizerOptions options)
        {
            var errors = options.Validate();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
