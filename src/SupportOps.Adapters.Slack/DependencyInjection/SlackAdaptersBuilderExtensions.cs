using SupportOps.Adapters.DependencyInjection;
using SupportOps.Adapters.Secrets;
using SupportOps.Adapters.Slack.Mock;
using SupportOps.Adapters.Slack.Normalization;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Slack.DependencyInjection;

/// <summary>Adds the Slack adapter to <see cref="SupportOpsAdaptersBuilder"/>.</summary>
public static class SlackAdaptersBuilderExtensions
{
    /// <summary>
    /// Registers the Slack normalizer and its adapter descriptor: in mock mode a
    /// <see cref="SlackEventsFixtureSource"/> over <c>Adapters:Slack:FixturesPath</c>; in production mode
    /// the secrets <see cref="SecretNames.SlackBotToken"/> and <see cref="SecretNames.SlackSigningSecret"/>
    /// are required and the registry reports that no production client ships in this build. A second
    /// call adds nothing.
    /// </summary>
    /// <param name="builder">The adapters builder. Must not be null.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static SupportOpsAdaptersBuilder AddSlack(this SupportOpsAdaptersBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddAdapter<SlackNormalizer, SlackAdapterOptions>(
            EventSource.Slack,
            SlackAdapterOptions.SectionName,
            _ => new SlackNormalizer(),
            options => options.FixturesPath is { Length: > 0 } path ? new SlackEventsFixtureSource(path) : null,
            [SecretNames.SlackBotToken, SecretNames.SlackSigningSecret]);
    }
}
