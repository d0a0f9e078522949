using SupportOps.Adapters.DependencyInjection;
using SupportOps.Adapters.Email.Mock;
using SupportOps.Adapters.Email.Normalization;
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
        return builder.AddAdapter<EmailNormalizer, EmailAdapterOptions>(
            EventSource.Email,
            EmailAdapterOptions.SectionName,
            options => new EmailNormalizer(options.SupportAddresses),
            options => options.FixturesPath is { Length: > 0 } path ? new EmailFolderSource(path) : null,
            [SecretNames.EmailMailboxPassword, SecretNames.EmailSmtpPassword]);
    }
}
