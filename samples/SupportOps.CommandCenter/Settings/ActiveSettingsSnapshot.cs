using SupportOps.RoutingEngine;
using SupportOps.RoutingEngine.Decisions;
using SupportOps.RoutingEngine.Policies;
using SupportOps.SlaEngine.Evaluation;
using SupportOps.SlaEngine.Policies;

namespace SupportOps.CommandCenter.Settings;

/// <summary>The settings the host runs with at one moment: one immutable set, swapped as a whole.</summary>
/// <remarks><para>Thread-safe: immutable. The <see cref="Router"/> is only used for dry runs (its decision log is not consulted).</para></remarks>
internal sealed class ActiveSettingsSnapshot
{
    private ActiveSettingsSnapshot(SettingsDocument calendars, SettingsDocument slaPolicies, SettingsDocument routingPolicy, SlaCalendarSet calendarSet, SlaPolicySet policySet, RoutingPolicy routing, RoutingOptions options)
    {
        CalendarsDocument = calendars;
        SlaPoliciesDocument = slaPolicies;
        RoutingPolicyDocument = routingPolicy;
        CalendarSet = calendarSet;
        SlaPolicySet = policySet;
        SlaEvaluator = new SlaEvaluator(policySet, calendarSet);
        RoutingPolicy = routing;
        RoutingOptions = options;
        Router = new Router(routing, options);
    }

    /// <summary>Gets the calendars document.</summary>
    public SettingsDocument CalendarsDocument { get; }

    /// <summary>Gets the SLA policies document.</summary>
    public SettingsDocument SlaPoliciesDocument { get; }

    /// <summary>Gets the routing policy document.</summary>
    public SettingsDocument RoutingPolicyDocument { get; }

    /// <summary>Gets the calendars.</summary>
    public SlaCalendarSet CalendarSet { get; }

    /// <summary>Gets the SLA policies.</summary>
    public SlaPolicySet SlaPolicySet { get; }

    /// <summary>Gets the SLA evaluator over <see cref="SlaPolicySet"/> and <see cref="CalendarSet"/>.</summary>
    public SlaEvaluator SlaEvaluator { get; }

    /// <summary>Gets the routing policy.</summary>
    public RoutingPolicy RoutingPolicy { get; }

    /// <summary>Gets the routing options.</summary>
    public RoutingOptions RoutingOptions { get; }

    /// <summary>Gets a router over <see cref="RoutingPolicy"/>.</summary>
    public Router Router { get; }

    /// <summary>Gets the document of a kind.</summary>
    public SettingsDocument Document(SettingsKind kind) => kind switch
    {
        SettingsKind.Calendars => CalendarsDocument,
        SettingsKind.SlaPolicies => SlaPoliciesDocument,
        _ => RoutingPolicyDocument,
    };

    /// <summary>Builds a snapshot from already validated parts.</summary>
    /// <exception cref="ArgumentException">A policy names a calendar the set does not have.</exception>
    public static ActiveSettingsSnapshot Create(SettingsDocument calendars, SettingsDocument slaPolicies, SettingsDocument routingPolicy, SlaCalendarSet calendarSet, SlaPolicySet policySet, RoutingPolicy routing, RoutingOptions? options = null)
        => new(calendars, slaPolicies, routingPolicy, calendarSet, policySet, routing, options ?? new RoutingOptions());

    /// <summary>Returns a copy with one document replaced by a validated candidate.</summary>
    public ActiveSettingsSnapshot With(SettingsCandidate candidate) => candidate.Kind switch
    {
        SettingsKind.Calendars => new(candidate.Document, SlaPoliciesDocument, RoutingPolicyDocument, candidate.Calendars!, SlaPolicySet, RoutingPolicy, RoutingOptions),
        SettingsKind.SlaPolicies => new(CalendarsDocument, candidate.Document, RoutingPolicyDocument, CalendarSet, candidate.SlaPolicies!, RoutingPolicy, RoutingOptions),
        _ => new(CalendarsDocument, SlaPoliciesDocument, candidate.Document, CalendarSet, SlaPolicySet, candidate.RoutingPolicy!, RoutingOptions),
    };
}
