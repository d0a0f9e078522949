namespace SupportOps.CommandCenter.Outbox;

/// <summary>Who gets SLA notifications, when, and on which business hours (section <c>CommandCenter:Notifications</c>).</summary>
public sealed class NotificationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CommandCenter:Notifications";

    /// <summary>Gets or sets the Slack channel for SLA warnings and breaches.</summary>
    /// <value>The default value is <c>#support-sla</c>.</value>
    public string SlackChannel { get; set; } = "#support-sla";

    /// <summary>Gets or sets the address that also gets SLA breaches by email.</summary>
    /// <value>The default value is <c>support-leads@example.com</c>.</value>
    public string EmailRecipient { get; set; } = "support-leads@example.com";

    /// <summary>Gets or sets how long before its due instant a running SLA timer triggers a warning.</summary>
    /// <value>The default value is 30 minutes.</value>
    public TimeSpan WarnBefore { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Gets or sets the priorities (wire names) whose notifications go out at once, day or night; the others wait for business hours.</summary>
    /// <value>The default value is <c>["p0"]</c>.</value>
    public string[] UrgentPriorities { get; set; } = ["p0"];

    /// <summary>Gets or sets the team's business-hours calendar file (SlaEngine calendar JSON) in the <c>Configuration</c> folder.</summary>
    /// <value>The default value is <c>calendar-new-york.json</c>.</value>
    public string CalendarFile { get; set; } = "calendar-new-york.json";

    /// <summary>Returns the problems of these settings, each naming its key.</summary>
    internal IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(SlackChannel))
        {
            yield return $"{Section}:{nameof(SlackChannel)} is required.";
        }

        if (string.IsNullOrWhiteSpace(EmailRecipient))
        {
            yield return $"{Section}:{nameof(EmailRecipient)} is required.";
        }

        if (WarnBefore <= TimeSpan.Zero)
        {
            yield return $"{Section}:{nameof(WarnBefore)} must be positive (was {WarnBefore}).";
        }

        foreach (var priority in UrgentPriorities)
        {
            if (priority is not ("p0" or "p1" or "p2" or "p3"))
            {
                yield return $"{Section}:{nameof(UrgentPriorities)} has '{priority}'; use p0, p1, p2 or p3.";
            }
        }

        if (string.IsNullOrWhiteSpace(CalendarFile))
        {
            yield return $"{Section}:{nameof(CalendarFile)} is required.";
        }
    }
}
