using System.Text.Json.Serialization;

namespace SupportOps.EventTimeline.Events;

/// <summary>What a routing decision or override sends a ticket to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RoutingTargetKind>))]
public enum RoutingTargetKind
{
    /// <summary>A queue.</summary>
    [JsonStringEnumMemberName("queue")]
    Queue,

    /// <summary>An individual agent.</summary>
    [JsonStringEnumMemberName("agent")]
    Agent,

    /// <summary>A team.</summary>
    [JsonStringEnumMemberName("team")]
    Team,
}
