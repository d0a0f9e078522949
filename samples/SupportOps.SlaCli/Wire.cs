using SupportOps.SlaEngine.Occurrences;
using SupportOps.SlaEngine.Timers;

namespace SupportOps.SlaCli;

/// <summary>The snake_case wire names of the domain words (see docs/domain-vocabulary.md).</summary>
internal static class Wire
{
    public static Priority Priority(string text, string path) => text switch
    {
        "p0" => SlaEngine.Occurrences.Priority.P0,
        "p1" => SlaEngine.Occurrences.Priority.P1,
        "p2" => SlaEngine.Occurrences.Priority.P2,
        "p3" => SlaEngine.Occurrences.Priority.P3,
        _ => throw Unknown(path, text, "p0, p1, p2, p3"),
    };

    public static CustomerTier Tier(string text, string path) => text switch
    {
        "free" => CustomerTier.Free,
        "standard" => CustomerTier.Standard,
        "premium" => CustomerTier.Premium,
        "enterprise" => CustomerTier.Enterprise,
        _ => throw Unknown(path, text, "free, standard, premium, enterprise"),
    };

    public static Channel Channel(string text, string path) => text switch
    {
        "email" => SlaEngine.Occurrences.Channel.Email,
        "web" => SlaEngine.Occurrences.Channel.Web,
        "chat" => SlaEngine.Occurrences.Channel.Chat,
        "slack" => SlaEngine.Occurrences.Channel.Slack,
        "social" => SlaEngine.Occurrences.Channel.Social,
        "phone" => SlaEngine.Occurrences.Channel.Phone,
        "api" => SlaEngine.Occurrences.Channel.Api,
        _ => throw Unknown(path, text, "email, web, chat, slack, social, phone, api"),
    };

    public static TicketStatus Status(string text, string path) => text switch
    {
        "new" => TicketStatus.New,
        "open" => TicketStatus.Open,
        "pending_customer" => TicketStatus.PendingCustomer,
        "on_hold" => TicketStatus.OnHold,
        "solved" => TicketStatus.Solved,
        "closed" => TicketStatus.Closed,
        _ => throw Unknown(path, text, "new, open, pending_customer, on_hold, solved, closed"),
    };

    public static string Of(Priority priority) => "p" + ((int)priority).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Of(TicketStatus status) => status switch
    {
        TicketStatus.New => "new",
        TicketStatus.Open => "open",
        TicketStatus.PendingCustomer => "pending_customer",
        TicketStatus.OnHold => "on_hold",
        TicketStatus.Solved => "solved",
        _ => "closed",
    };

    public static string Of(SlaTimerKind kind) => kind switch
    {
        SlaTimerKind.FirstResponse => "first_response",
        SlaTimerKind.NextResponse => "next_response",
        SlaTimerKind.PeriodicUpdate => "periodic_update",
        _ => "resolution",
    };

    private static FormatException Unknown(string path, string text, string expected) =>
        new($"{path}: unknown value '{text}'; expected one of {expected}.");
}
