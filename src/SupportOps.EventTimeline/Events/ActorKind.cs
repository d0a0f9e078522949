using System.Text.Json.Serialization;

namespace SupportOps.EventTimeline.Events;

/// <summary>Who caused an event.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActorKind>))]
public enum ActorKind
{
    /// <summary>The requesting customer.</summary>
    [JsonStringEnumMemberName("customer")]
    Customer,

    /// <summary>A support agent.</summary>
    [JsonStringEnumMemberName("agent")]
    Agent,

    /// <summary>SupportOps itself (SLA timers, routing, summaries).</summary>
    [JsonStringEnumMemberName("system")]
    System,

    /// <summary>An external system acting through an integration.</summary>
    [JsonStringEnumMemberName("integration")]
    Integration,
}
