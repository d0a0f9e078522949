namespace SupportOps.Adapters.Secrets;

/// <summary>The names of the secrets the production adapters need, in configuration-key form.</summary>
/// <remarks>
/// <para>
/// In configuration they live under <c>Adapters:Secrets</c> (for example
/// <c>Adapters:Secrets:Zendesk:ApiToken</c>, or the environment variable
/// <c>Adapters__Secrets__Zendesk__ApiToken</c>); <see cref="EnvironmentVariableSecretProvider"/>
/// reads them as <c>SUPPORTOPS_ZENDESK_APITOKEN</c>.
/// </para>
/// </remarks>
public static class SecretNames
{
    /// <summary>The Zendesk API token used by the production ticket source.</summary>
    public const string ZendeskApiToken = "Zendesk:ApiToken";

    /// <summary>The Zendesk webhook signing secret used to verify webhook deliveries.</summary>
    public const string ZendeskWebhookSigningSecret = "Zendesk:WebhookSigningSecret";

    /// <summary>The Slack bot token used by the production notification sink and ticket source.</summary>
    public const string SlackBotToken = "Slack:BotToken";

    /// <summary>The Slack app signing secret used to verify Events API requests.</summary>
    public const string SlackSigningSecret = "Slack:SigningSecret";

    /// <summary>The password of the mailbox read by the production e-mail source.</summary>
    public const string EmailMailboxPassword = "Email:MailboxPassword";

    /// <summary>The password of the SMTP relay used by the production e-mail sink.</summary>
    public const string EmailSmtpPassword = "Email:SmtpPassword";
}
