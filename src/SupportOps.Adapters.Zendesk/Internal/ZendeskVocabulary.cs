using SupportOps.EventTimeline.Events;

namespace SupportOps.Adapters.Zendesk.Internal;

/// <summary>Zendesk's words for status, priority and channel, mapped to the shared vocabulary.</summary>
internal static class ZendeskVocabulary
{
    public static TicketStatus Status(string value) => value switch
    {
        "new" => TicketStatus.New,
        "open" => TicketStatus.Open,
        "pending" => TicketStatus.PendingCustomer,
        "hold" => TicketStatus.OnHold,
        "solved" => TicketStatus.Solved,
        "closed" or "deleted" => TicketStatus.Closed,
        _ => throw new ZendeskFieldException($"unknown status \"{value}\""),
    };

    /// <summary>Zendesk's four priorities; an unset priority (null) counts as normal.</summary>
    public static Priority Priority(string? value) => value switch
    {
        "urgent" => EventTimeline.Events.Priority.P0,
        "high" => EventTimeline.Events.Priority.P1,
        null or "" or "normal" => EventTimeline.Events.Priority.P2,
        "low" => EventTimeline.Events.Priority.P3,
        _ => throw new ZendeskFieldException($"unknown priority \"{value}\""),
    };

    public static Channel Channel(string? via) => via switch
    {
        "email" => EventTimeline.Events.Channel.Email,
        "api" => EventTimeline.Events.Channel.Api,
        "chat" or "native_messaging" or "messaging" or "sunshine_conversations" => EventTimeline.Events.Channel.Chat,
        "voice" or "phone" => EventTimeline.Events.Channel.Phone,
        "twitter" or "facebook" or "instagram" or "instagram_dm" or "whatsapp" or "line" or "wechat" => EventTimeline.Events.Channel.Social,
        "slack" => EventTimeline.Events.Channel.Slack,
        _ => EventTimeline.Events.Channel.Web,
    };
}
