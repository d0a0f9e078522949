using System.Text.Json.Serialization;

namespace SupportOps.EventTimeline.Events;

/// <summary>Which system delivered an event. Channel is how the customer reached us; source is who told us.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EventSource>))]
public enum EventSource
{
    /// <summary>Zendesk.</summary>
    [JsonStringEnumMemberName("zendesk")]
    Zendesk,

    /// <summary>Slack.</summary>
    [JsonStringEnumMemberName("slack")]
    Slack,

    /// <summary>An email mailbox.</summary>
    [JsonStringEnumMemberName("email")]
    Email,

    /// <summary>The SupportOps web application.</summary>
    [JsonStringEnumMemberName("web")]
    Web,

    /// <summary>The SupportOps API.</summary>
    [JsonStringEnumMemberName("api")]
    Api,
}
