using System.Collections.Immutable;
using SupportOps.EventTimeline.Events;
using Bridge = SupportOps.EventTimeline.SlaEngine.TimelineSlaMapper;
using Sla = SupportOps.SlaEngine.Occurrences;

namespace SupportOps.CommandCenter.Domain;

/// <summary>
/// Maps a stored ticket stream to the SLA engine's occurrences through the
/// <c>SupportOps.EventTimeline.SlaEngine</c> bridge, tolerating what the API lets a stream hold.
/// </summary>
/// <remarks>
/// <para>The bridge (<see cref="Bridge"/>) owns the mapping rules: late events count at the previous
/// instant, a closed ticket is final, events without an SLA meaning map to nothing, solved back to
/// open is a reopen. The host adds one rule of its own: the append API accepts events before a
/// ticket's <c>ticket_created</c>, and those carry no SLA (no SLA before the ticket exists), so the
/// stream is read from its first <c>ticket_created</c>; a stream without one has no SLA state.</para>
/// </remarks>
internal static class TimelineSlaMapper
{
    /// <summary>Maps a stream, in version order, to occurrences in time order.</summary>
    public static ImmutableArray<Sla.TicketOccurrence> Map(IEnumerable<EventEnvelope> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var fromCreation = events.SkipWhile(envelope => envelope.Event is not TicketCreated).ToList();
        return fromCreation.Count == 0 ? [] : Bridge.ToOccurrences(fromCreation);
    }
}
