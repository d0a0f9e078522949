using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportOps.Adapters.DependencyInjection;
using SupportOps.Adapters.Email.Mock;
using SupportOps.Adapters.Email.Normalization;
using SupportOps.Adapters.Ports;
using SupportOps.Adapters.Registry;
using SupportOps.Adapters.Secrets;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Email.DependencyInjection;

/// <summary>Adds the e-mail adapter to <see cref="SupportOpsAdaptersBuilder"/>.</summary>
public static class EmailAdaptersBuilderExtensions
{
    /// <summary>
    /// Registers the e-mail normalizer (support addresses from <c>Adapters:Email:SupportAddresses</c>) and
    /// its adapter descriptor: in mock mode an <see cref="EmailFolderSource"/> over
    /// <c>Adapters:Email:FixturesPath</c>; in production mode the secrets
    /// <see cref="SecretNames.EmailMailboxPassword"/> and <see cref="SecretNames.EmailSmtpPassword"/> are
    /// required and the registry reports that no production mailbox client ships in this build. A second
    /// call adds nothing.
    /// </summary>
    /// <param name="builder">The adapters builder. Must not be null.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static SupportOpsAdaptersBuilder AddEmail(this SupportOpsAdaptersBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(descriptor => descriptor.ServiceType == typeof(EmailNormalizer)))
        {
            return builder;
        }

        builder.Services.AddOptions<EmailAdapterOptions>().Bind(builder.Configuration.GetSection(EmailAdapterOptions.SectionName));
        builder.Services.TryAddSingleton(provider => new EmailNormalizer(provider.GetRequiredService<IOptions<EmailAdapterOptions>>().Value.SupportAddresses));
        builder.Services.AddSingleton(new AdapterDescriptor(
            EventSource.Email,
            provider => provider.GetRequiredService<EmailNormalizer>(),
            provider => provider.GetRequiredService<IOptions<EmailAdapterOptions>>().Value.FixturesPath is { Length: > 0 } path
                ? new EmailFolderSource(path)
                : (ITicketSource?)null,
            createProduction: null,
            [SecretNames.EmailMailboxPassword, SecretNames.EmailSmtpPassword]));
        return builder;
    }
}
