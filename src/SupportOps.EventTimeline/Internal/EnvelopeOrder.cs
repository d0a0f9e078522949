using SupportOps.EventTimeline.Events;

namespace SupportOps.EventTimeline.Internal;

/// <summary>The orders time-range reads return: by an instant, then ticket id (ordinal), then version.</summary>
internal static class EnvelopeOrder
{
    public static readonly Comparison<EventEnvelope> ByOccurredAt = (left, right) =>
    {
        var byTime = left.OccurredAt.CompareTo(right.OccurredAt);
        return byTime != 0 ? byTime : ByStream(left, right);
    };

    public static readonly Comparison<EventEnvelope> ByRecordedAt = (left, right) =>
    {
        var byTime = left.RecordedAt.CompareTo(right.RecordedAt);
        return byTime != 0 ? byTime : ByStream(left, right);
    };

    private static int ByStream(EventEnvelope left, EventEnvelope right)
    {
        var byTicket = string.CompareOrdinal(left.TicketId, right.TicketId);
        return byTicket != 0 ? byTicket : left.Version.CompareTo(right.Version);
    }
}
