using System.Globalization;
using NodaTime;
using SupportOps.CommandCenter.Agents;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Settings;
using SupportOps.EventTimeline.Events;
using SupportOps.EventTimeline.Snapshots;
using SupportOps.EventTimeline.Storage;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Overrides;
using RoutingOverrideApplied = SupportOps.EventTimeline.Events.RoutingOverrideApplied;
using RoutingOverrideCleared = SupportOps.EventTimeline.Events.RoutingOverrideCleared;
using Engine = SupportOps.RoutingEngine;

namespace SupportOps.CommandCenter.Routing;

/// <summary>
/// Routes stored tickets with the active routing policy and records the outcome in their timelines.
/// </summary>
/// <remarks>
/// <para><b>Inputs.</b> The ticket as the engine sees it is its state without the router's own
/// events (those whose actor is <see cref="RouterActor"/>): the router's earlier assignment is an
/// effect of a decision, not an input to the next one, while a person's assignment is (the engine's
/// cooldown keeps it). Risk is the ticket's SLA risk now, computed from the same events; capacity is
/// the agents table plus every other open ticket's assignee. Overrides are rebuilt from the
/// timeline's <c>routing_override_applied</c>/<c>_cleared</c> events.</para>
/// <para><b>Repeats.</b> When the decision's inputs hash and policy version equal those of the
/// ticket's last <c>routing_decided</c> event, nothing is appended: the same situation gives the same
/// decision and no new event, on any host instance and after restarts.</para>
/// <para><b>Applying.</b> Otherwise one atomic append (expected version = the version read) stores
/// <c>routing_decided</c>, then <c>assignee_changed</c> and <c>queue_changed</c> when they differ;
/// a concurrent append makes it fail with a version conflict instead of deciding on stale data.</para>
/// <para>Scoped. Not thread-safe.</para>
/// </remarks>
internal sealed class TicketRoutingService(
    IEventStore store,
    SettingsStore settings,
    CapacitySnapshotFactory capacity,
    TicketStateCalculator calculator,
    RoutingDecisionCapture capture,
    IClock clock)
{
    /// <summary>The actor of the router's events.</summary>
    public static readonly Actor RouterActor = Actor.System("router", "Router");

    /// <summary>Loads the routing situation of a ticket now, or null when the ticket does not exist.</summary>
    public async Task<RoutingSituation?> LoadAsync(string ticketId, CancellationToken cancellationToken)
    {
        var events = await store.ReadStreamAsync(ticketId, 1, cancellationToken).ConfigureAwait(false);
        if (!events.Any(e => e.Event is TicketCreated))
        {
            return null;
        }

        var now = clock.GetCurrentInstant();
        var active = await settings.RefreshAsync(cancellationToken).ConfigureAwait(false);
        var current = TicketReducer.Rebuild(ticketId, events);

        // The state before the router's own events, renumbered so the reducer accepts it.
        var inputs = events.Where(e => !IsRouter(e.Actor)).Select((e, i) => e with { Version = i + 1 }).ToList();
        var before = TicketReducer.Rebuild(ticketId, inputs);
        var row = calculator.Compute(ticketId, inputs, now);
        var channel = before.Channel ?? Channel.Email;
        var assignedAt = before.Assignee is { } assignee
            ? inputs.LastOrDefault(e => e.Event is AssigneeChanged changed && changed.To == assignee)?.OccurredAt ?? before.CreatedAt
            : null;
        var ticket = new RoutingTicket(
            ticketId,
            Vocabulary.Map<Priority, Engine.Priority>(before.Priority),
            (int)Math.Clamp(Math.Round(row.RiskScore), 0, 100),
            Vocabulary.Map<CustomerTier, Engine.CustomerTier>(before.Tier),
            Vocabulary.Map<Channel, Engine.Channel>(channel),
            before.Tags.Where(t => !string.IsNullOrWhiteSpace(t)),
            before.CreatedAt ?? events[0].OccurredAt,
            before.Assignee,
            assignedAt);
        var open = current.Status is not (TicketStatus.Solved or TicketStatus.Closed);
        var agents = await capacity.CreateAsync(now, ticketId, open && before.Assignee is { } a ? (a, channel) : null, cancellationToken).ConfigureAwait(false);
        var (overrides, overrideEvents) = Overrides(ticketId, events);
        return new RoutingSituation
        {
            Events = events,
            Current = current,
            Ticket = ticket,
            Capacity = agents,
            Overrides = overrides,
            OverrideEvents = overrideEvents,
            Settings = active,
            Now = now,
        };
    }

    /// <summary>Decides without storing anything.</summary>
    public static RoutingDecision Decide(RoutingSituation situation, RoutingOverrideSet? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(situation);
        return situation.Settings.Router.DryRun(situation.Ticket, situation.Capacity, overrides ?? situation.Overrides, situation.Now);
    }

    /// <summary>Decides and records the decision (unless it repeats the last one), after any leading events.</summary>
    /// <param name="situation">The situation from <see cref="LoadAsync"/>.</param>
    /// <param name="leading">Events to append first in the same batch (an override applied or cleared); they make the call never a repeat.</param>
    /// <param name="overrides">The overrides to decide with (the situation's, changed by the leading events).</param>
    /// <param name="cancellationToken">Cancels the append.</param>
    /// <returns>The decision, whether it was a repeat, and the stream version and number of events appended.</returns>
    /// <exception cref="EventStreamConcurrencyException">The ticket changed since it was read.</exception>
    public async Task<(RoutingDecision Decision, bool Repeat, long Version, int Appended)> ApplyAsync(
        RoutingSituation situation,
        IReadOnlyList<(TicketEvent Event, Actor Actor)> leading,
        RoutingOverrideSet overrides,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(situation);
        var decision = Decide(situation, overrides);
        var current = situation.Current;
        if (leading.Count == 0
            && current.LastRoutingDecision is { } last
            && string.Equals(last.InputsHash, decision.InputsHash, StringComparison.Ordinal)
            && string.Equals(last.PolicyVersion, decision.PolicyVersion, StringComparison.Ordinal))
        {
            return (decision, true, current.Version, 0);
        }

        var batch = new List<(TicketEvent Event, Actor Actor)>(leading)
        {
            (new RoutingDecided
            {
                DecisionId = decision.DecisionId,
                PolicyVersion = decision.PolicyVersion,
                RuleId = decision.RuleId,
                TargetKind = decision.Target.Kind == DecisionTargetKind.Agent ? RoutingTargetKind.Agent : RoutingTargetKind.Queue,
                TargetId = decision.Target.Id,
                InputsHash = decision.InputsHash,
                ReasonCodes = [.. decision.ReasonCodes.Select(Vocabulary.Wire)],
            }, RouterActor),
        };
        if (!string.Equals(decision.AssigneeId, current.Assignee, StringComparison.Ordinal))
        {
            batch.Add((new AssigneeChanged { From = current.Assignee, To = decision.AssigneeId }, RouterActor));
        }

        if (!string.Equals(decision.Queue, current.Queue, StringComparison.Ordinal))
        {
            batch.Add((new QueueChanged { From = current.Queue, To = decision.Queue }, RouterActor));
        }

        capture.Add(decision);
        var request = new AppendRequest(
            current.TicketId,
            ExpectedVersion.Exactly(current.Version),
            batch.Select((item, index) => new NewEvent
            {
                Event = item.Event,
                OccurredAt = situation.Now,
                Actor = item.Actor,
                Source = EventSource.Api,
                DedupeKey = string.Create(CultureInfo.InvariantCulture, $"route:{current.Version}:{decision.DecisionId}:{index}"),
            }));
        var result = await store.AppendAsync(request, cancellationToken).ConfigureAwait(false);
        return (decision, false, result.Version, result.Appended.Length);
    }

    /// <summary>Whether an actor is the router.</summary>
    public static bool IsRouter(Actor actor) => actor.Kind == ActorKind.System && string.Equals(actor.Id, RouterActor.Id, StringComparison.Ordinal);

    /// <summary>Rebuilds the override set of a stream; malformed override events are skipped.</summary>
    public static (RoutingOverrideSet Set, IReadOnlyDictionary<string, RoutingOverrideApplied> Events) Overrides(string ticketId, IEnumerable<EventEnvelope> events)
    {
        var set = RoutingOverrideSet.Empty;
        var byEventId = new Dictionary<string, string>(StringComparer.Ordinal);
        var applied = new Dictionary<string, RoutingOverrideApplied>(StringComparer.Ordinal);
        foreach (var envelope in events)
        {
            switch (envelope.Event)
            {
                case RoutingOverrideApplied e when e.TargetKind is RoutingTargetKind.Agent or RoutingTargetKind.Queue:
                    try
                    {
                        var rebuilt = e.TargetKind == RoutingTargetKind.Agent
                            ? RoutingOverride.ReassignToAgent(ticketId, e.TargetId, e.Reason, e.AppliedBy, envelope.OccurredAt, e.ExpiresAt)
                            : RoutingOverride.EscalateToQueue(ticketId, e.TargetId, e.Reason, e.AppliedBy, envelope.OccurredAt, e.ExpiresAt);
                        set = set.Apply(rebuilt);
                        byEventId[e.OverrideId] = rebuilt.Id;
                        applied[rebuilt.Id] = e;
                    }
                    catch (ArgumentException)
                    {
                        // An override event the engine cannot represent (blank fields, expiry before applied) applies to nothing.
                    }

                    break;
                case RoutingOverrideCleared e when byEventId.TryGetValue(e.OverrideId, out var id):
                    set = set.Clear(id, e.ClearedBy ?? envelope.Actor.Id, e.Reason ?? "cleared", envelope.OccurredAt, out _);
                    break;
            }
        }

        return (set, applied);
    }
}
