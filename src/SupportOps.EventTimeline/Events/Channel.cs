using System.Text.Json.Serialization;

namespace SupportOps.EventTimeline.Events;

/// <summary>How the customer reached support.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Channel>))]
public enum Channel
{
    /// <summary>Email.</summary>
    [JsonStringEnumMemberName("email")]
    Email,

    /// <summary>A web form or help-center widget.</summary>
    [JsonStringEnumMemberName("web")]
    Web,

    /// <summary>Live chat.</summary>
    [JsonStringEnumMemberName("chat")]
    Chat,

    /// <summary>A shared Slack channel.</summary>
    [JsonStringEnumMemberName("slack")]
    Slack,

    /// <summary>A social network.</summary>
    [JsonStringEnumMemberName("social")]
    Social,

    /// <summary>A phone call.</summary>
    [JsonStringEnumMemberName("phone")]
    Phone,

    /// <summary>A direct API integration.</summary>
    [JsonStringEnumMemberName("api")]
    Api,
}
