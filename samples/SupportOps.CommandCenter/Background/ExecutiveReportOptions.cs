using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SupportOps.CommandCenter.Background;

/// <summary>The weekly executive report's schedule and recipients (section <c>CommandCenter:ExecutiveReport</c>).</summary>
/// <remarks>The local day and time are read in the time zone of the notification calendar (<c>CommandCenter:Notifications:CalendarFile</c>).</remarks>
public sealed class ExecutiveReportOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CommandCenter:ExecutiveReport";

    /// <summary>Gets or sets a value indicating whether the report is delivered.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets the local day of the week it goes out.</summary>
    /// <value>The default value is <see cref="IsoDayOfWeek.Monday"/>.</value>
    public IsoDayOfWeek Day { get; set; } = IsoDayOfWeek.Monday;

    /// <summary>Gets or sets the local time it goes out, <c>HH:mm</c>.</summary>
    /// <value>The default value is <c>08:00</c>.</value>
    public string Time { get; set; } = "08:00";

    /// <summary>Gets or sets the email recipient.</summary>
    /// <value>The default value is <c>executives@example.com</c>.</value>
    public string EmailRecipient { get; set; } = "executives@example.com";

    /// <summary>Gets or sets the Slack channel.</summary>
    /// <value>The default value is <c>#support-leadership</c>.</value>
    public string SlackChannel { get; set; } = "#support-leadership";

    /// <summary>Gets <see cref="Time"/> parsed.</summary>
    internal LocalTime LocalTime => LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(Time).GetValueOrThrow();

    /// <summary>Returns the problems of these settings, each naming its key.</summary>
    internal IEnumerable<string> Problems()
    {
        if (Day == IsoDayOfWeek.None || !Enum.IsDefined(Day))
        {
            yield return $"{Section}:{nameof(Day)} must be a day of the week (was {Day}).";
        }

        if (!LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(Time ?? string.Empty).Success)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{Section}:{nameof(Time)} must be HH:mm (was '{Time}').");
        }

        if (string.IsNullOrWhiteSpace(EmailRecipient) || string.IsNullOrWhiteSpace(SlackChannel))
        {
            yield return $"{Section}:{nameof(EmailRecipient)} and {nameof(SlackChannel)} are required.";
        }
    }
}
