using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportOps.Adapters.DependencyInjection;
using SupportOps.Adapters.Ports;
using SupportOps.Adapters.Registry;
using SupportOps.Adapters.Secrets;
using SupportOps.Adapters.Zendesk.Mock;
using SupportOps.Adapters.Zendesk.Normalization;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Zendesk.DependencyInjection;

/// <summary>Adds the Zendesk adapter to <see cref="SupportOpsAdaptersBuilder"/>.</summary>
public static class ZendeskAdaptersBuilderExtensions
{
    /// <summary>
    /// Registers the Zendesk normalizer and its adapter descriptor: in mock mode a
    /// <see cref="ZendeskFixtureSource"/> over <c>Adapters:Zendesk:FixturesPath</c>; in production mode
    /// the secrets <see cref="SecretNames.ZendeskApiToken"/> and
    /// <see cref="SecretNames.ZendeskWebhookSigningSecret"/> are required and the registry reports that no
    /// production client ships in this build. A second call adds nothing.
    /// </summary>
    /// <param name="builder">The adapters builder. Must not be null.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static SupportOpsAdaptersBuilder AddZendesk(this SupportOpsAdaptersBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(descriptor => descriptor.ServiceType == typeof(ZendeskNormalizer)))
        {
            return builder;
        }

        builder.Services.AddOptions<ZendeskAdapterOptions>().Bind(builder.Configuration.GetSection(ZendeskAdapterOptions.SectionName));
        builder.Services.TryAddSingleton<ZendeskNormalizer>();
        builder.Services.AddSingleton(new AdapterDescriptor(
            EventSource.Zendesk,
            provider => provider.GetRequiredService<ZendeskNormalizer>(),
            provider => provider.GetRequiredService<IOptions<ZendeskAdapterOptions>>().Value.FixturesPath is { Length: > 0 } path
                ? new ZendeskFixtureSource(path)
                : (ITicketSource?)null,
            createProduction: null,
            [SecretNames.ZendeskApiToken, SecretNames.ZendeskWebhookSigningSecret]));
        return builder;
    }
}
