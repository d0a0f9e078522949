using SupportOps.Adapters.DependencyInjection;
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
        return builder.AddAdapter<ZendeskNormalizer, ZendeskAdapterOptions>(
            EventSource.Zendesk,
            ZendeskAdapterOptions.SectionName,
            _ => new ZendeskNormalizer(),
            options => options.FixturesPath is { Length: > 0 } path ? new ZendeskFixtureSource(path) : null,
            [SecretNames.ZendeskApiToken, SecretNames.ZendeskWebhookSigningSecret]);
    }
}
