namespace SupportOps.EventTimeline.Storage;

/// <summary>Which instant of an envelope a time-range read filters and orders by.</summary>
public enum EventTimeAxis
{
    /// <summary><see cref="Events.EventEnvelope.OccurredAt"/>: when it happened in the world.</summary>
    OccurredAt,

    /// <summary><see cref="Events.EventEnvelope.RecordedAt"/>: when the timeline recorded it.</summary>
    RecordedAt,
}
