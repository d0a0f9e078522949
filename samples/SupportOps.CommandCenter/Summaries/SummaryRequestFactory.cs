using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Infrastructure;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Snapshots;
using Requests = SupportOps.Summarizer.Abstractions.Requests;

namespace SupportOps.CommandCenter.Summaries;

/// <summary>Builds the summarizer's request from a ticket's stream and its snapshot row.</summary>
/// <remarks>
/// <para>The inputs: the subject; the conversation (customer messages and public agent replies, with
/// their channel and instant; internal notes are not part of it); the tags and customer tier after the
/// last event; the SLA risk of the snapshot (its risk score rounded to a whole number, and whether a
/// running timer is breached). Because the risk is an input, a ticket whose risk moved since the
/// last version gets a new version on regeneration.</para>
/// </remarks>
internal static class SummaryRequestFactory
{
    /// <summary>Builds the request.</summary>
    /// <param name="events">The stream, in version order.</param>
    /// <param name="snapshot">The ticket's snapshot row.</param>
    /// <returns>The request.</returns>
    public static Requests.SummaryRequest Create(IReadOnlyList<EventEnvelope> events, TicketSnapshotRecord snapshot)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(snapshot);
        var state = TicketReducer.Rebuild(snapshot.TicketId, events);
        var messages = new List<Requests.TicketMessage>();
        foreach (var envelope in events)
        {
            switch (envelope.Event)
            {
                case CustomerMessage message:
                    messages.Add(new Requests.TicketMessage(Requests.ActorKind.Customer, envelope.OccurredAt, Vocabulary.Map<Channel, Requests.Channel>(message.Channel), message.Body));
                    break;
                case AgentPublicReply reply:
                    messages.Add(new Requests.TicketMessage(Requests.ActorKind.Agent, envelope.OccurredAt, Vocabulary.Map<Channel, Requests.Channel>(reply.Channel), reply.Body));
                    break;
            }
        }

        var score = (int)Math.Clamp(Math.Round(snapshot.RiskScore, MidpointRounding.AwayFromZero), 0, Requests.SlaRisk.MaxScore);
        return new Requests.SummaryRequest(state.Subject ?? snapshot.Subject ?? string.Empty, messages)
        {
            Tags = [.. state.Tags],
            CustomerTier = Vocabulary.Map<CustomerTier, Requests.CustomerTier>(state.Tier),
            SlaRisk = new Requests.SlaRisk(score, snapshot.IsBreached),
        };
    }
}
