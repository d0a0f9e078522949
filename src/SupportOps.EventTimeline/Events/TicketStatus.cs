using System.Text.Json.Serialization;

namespace SupportOps.EventTimeline.Events;

/// <summary>Where a ticket is in its life cycle.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TicketStatus>))]
public enum TicketStatus
{
    /// <summary>Created and not yet looked at.</summary>
    [JsonStringEnumMemberName("new")]
    New,

    /// <summary>Being worked on by support.</summary>
    [JsonStringEnumMemberName("open")]
    Open,

    /// <summary>Waiting for the customer; pauses SLA timers.</summary>
    [JsonStringEnumMemberName("pending_customer")]
    PendingCustomer,

    /// <summary>Waiting for a third party; pauses SLA timers.</summary>
    [JsonStringEnumMemberName("on_hold")]
    OnHold,

    /// <summary>Solved; ends resolution timers and can still reopen.</summary>
    [JsonStringEnumMemberName("solved")]
    Solved,

    /// <summary>A solved ticket that can no longer reopen.</summary>
    [JsonStringEnumMemberName("closed")]
    Closed,
}
