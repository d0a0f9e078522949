using NodaTime;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.SlaEngine.Internal;
using SupportOps.SlaEngine.Evaluation;

namespace SupportOps.EventTimeline.SlaEngine;

/// <summary>Evaluates a ticket's SLA state straight from its timeline events.</summary>
/// <remarks><para>The events are mapped with <see cref="TimelineSlaMapper"/>; see there for the rules. This type is thread-safe.</para></remarks>
public static class SlaEvaluatorTimelineExtensions
{
    /// <summary>Evaluates a ticket's SLA state at an instant from its events.</summary>
    /// <param name="evaluator">The evaluator; must not be null.</param>
    /// <param name="events">The ticket's events in version order, starting with its <c>ticket_created</c>; must not be null.</param>
    /// <param name="now">The evaluation instant; events that occurred after it are left out.</param>
    /// <returns>The ticket's SLA state at <paramref name="now"/>, or <see langword="null"/> when the ticket was created after <paramref name="now"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument or one of the events is null.</exception>
    /// <exception cref="ArgumentException">The events do not start with <c>ticket_created</c> or belong to more than one ticket.</exception>
    public static TicketSlaState? EvaluateTimeline(this SlaEvaluator evaluator, IEnumerable<EventEnvelope> events, Instant now)
    {
        Guard.NotNull(evaluator);
        var occurrences = TimelineSlaMapper.ToOccurrences(events, now);
        return occurrences.IsEmpty ? null : evaluator.Evaluate(occurrences.AsSpan(), now);
    }
}
