using System.Text.Json.Serialization;

namespace SupportOps.EventTimeline.Events;

/// <summary>How urgent a ticket is. Wire values are <c>p0</c> to <c>p3</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Priority>))]
public enum Priority
{
    /// <summary>Urgent.</summary>
    [JsonStringEnumMemberName("p0")]
    P0,

    /// <summary>High.</summary>
    [JsonStringEnumMemberName("p1")]
    P1,

    /// <summary>Normal.</summary>
    [JsonStringEnumMemberName("p2")]
    P2,

    /// <summary>Low.</summary>
    [JsonStringEnumMemberName("p3")]
    P3,
}
