using System.Text.Json.Serialization;

namespace SupportOps.EventTimeline.Events;

/// <summary>The SLA timer a warning or breach refers to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SlaTimerKind>))]
public enum SlaTimerKind
{
    /// <summary>Time to the first public agent reply.</summary>
    [JsonStringEnumMemberName("first_response")]
    FirstResponse,

    /// <summary>Time from a customer message to the next public agent reply.</summary>
    [JsonStringEnumMemberName("next_response")]
    NextResponse,

    /// <summary>Maximum time between public updates.</summary>
    [JsonStringEnumMemberName("periodic_update")]
    PeriodicUpdate,

    /// <summary>Time to solve.</summary>
    [JsonStringEnumMemberName("resolution")]
    Resolution,
}
