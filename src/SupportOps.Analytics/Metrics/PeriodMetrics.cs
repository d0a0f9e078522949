using System.Collections.Immutable;
using SupportOps.EventTimeline.Events;

namespace SupportOps.Analytics.Metrics;

/// <summary>Every figure of one period; the definitions are in <c>docs/analytics.md</c>.</summary>
/// <remarks><para>This type is immutable and thread-safe.</para></remarks>
public sealed class PeriodMetrics
{
    internal PeriodMetrics(
        AnalyticsPeriod period,
        int ticketsCreated,
        ImmutableSortedDictionary<Channel, int> createdByChannel,
        ImmutableArray<int> createdByHourOfWeek,
        int ticketsActive,
        int solves,
        int reopens,
        int escalatedTickets,
        int reassignments,
        int ticketsResolved,
        int oneTouchResolved,
        int agentReplies,
        DurationPercentiles firstReply,
        DurationPercentiles fullResolution,
        BacklogMetrics backlog,
        ImmutableArray<SlaAttainmentRow> slaAttainment,
        ImmutableArray<AgentWorkload> workload,
        int satisfactionGood,
        int satisfactionBad)
    {
        Period = period;
        TicketsCreated = ticketsCreated;
        CreatedByChannel = createdByChannel;
        CreatedByHourOfWeek = createdByHourOfWeek;
        TicketsActive = ticketsActive;
        Solves = solves;
        Reopens = reopens;
        EscalatedTickets = escalatedTickets;
        Reassignments = reassignments;
        TicketsResolved = ticketsResolved;
        OneTouchResolved = oneTouchResolved;
        AgentReplies = agentReplies;
        FirstReply = firstReply;
        FullResolution = fullResolution;
        Backlog = backlog;
        SlaAttainment = slaAttainment;
        Workload = workload;
        SatisfactionGood = satisfactionGood;
        SatisfactionBad = satisfactionBad;
    }

    /// <summary>Gets the period.</summary>
    public AnalyticsPeriod Period { get; }

    /// <summary>Gets the tickets created in the period.</summary>
    public int TicketsCreated { get; }

    /// <summary>Gets the tickets created in the period per channel (channels with none are left out).</summary>
    public ImmutableSortedDictionary<Channel, int> CreatedByChannel { get; }

    /// <summary>Gets the tickets created per hour of the week in the calendar's zone: 168 counts, index (ISO day − 1) × 24 + hour, Monday 00:00 first.</summary>
    public ImmutableArray<int> CreatedByHourOfWeek { get; }

    /// <summary>Gets the tickets with at least one event in the period.</summary>
    public int TicketsActive { get; }

    /// <summary>Gets the solve transitions (to solved, or to closed from an unsolved status) in the period.</summary>
    public int Solves { get; }

    /// <summary>Gets the reopen transitions (from solved or closed back to an unsolved status) in the period.</summary>
    public int Reopens { get; }

    /// <summary>Gets the tickets with at least one escalation in the period.</summary>
    public int EscalatedTickets { get; }

    /// <summary>Gets the reassignments in the period: assignee changes from one agent to another or to nobody (first assignments excluded).</summary>
    public int Reassignments { get; }

    /// <summary>Gets the tickets whose latest solve falls in the period and that are still solved or closed at its end.</summary>
    public int TicketsResolved { get; }

    /// <summary>Gets the resolved tickets that had exactly one public agent reply when solved and were never reopened.</summary>
    public int OneTouchResolved { get; }

    /// <summary>Gets the public agent replies in the period.</summary>
    public int AgentReplies { get; }

    /// <summary>Gets the first reply times (creation to first public agent reply) of tickets first replied to in the period.</summary>
    public DurationPercentiles FirstReply { get; }

    /// <summary>Gets the full resolution times (creation to latest solve) of the resolved tickets.</summary>
    public DurationPercentiles FullResolution { get; }

    /// <summary>Gets the backlog.</summary>
    public BacklogMetrics Backlog { get; }

    /// <summary>Gets SLA attainment rows: per timer, the overall row, then per priority, channel and queue.</summary>
    public ImmutableArray<SlaAttainmentRow> SlaAttainment { get; }

    /// <summary>Gets the workload per agent, sorted by agent id.</summary>
    public ImmutableArray<AgentWorkload> Workload { get; }

    /// <summary>Gets the good satisfaction ratings given in the period.</summary>
    public int SatisfactionGood { get; }

    /// <summary>Gets the bad satisfaction ratings given in the period.</summary>
    public int SatisfactionBad { get; }

    /// <summary>Gets escalated tickets / active tickets in percent, or null without active tickets.</summary>
    public double? EscalationRatePercent => Percent(EscalatedTickets, TicketsActive);

    /// <summary>Gets reopens / solves in percent, or null without solves.</summary>
    public double? ReopenRatePercent => Percent(Reopens, Solves);

    /// <summary>Gets one-touch resolved / resolved tickets in percent, or null without resolved tickets.</summary>
    public double? OneTouchRatePercent => Percent(OneTouchResolved, TicketsResolved);

    /// <summary>Gets good / (good + bad) ratings in percent, or null without ratings.</summary>
    public double? SatisfactionPercent => Percent(SatisfactionGood, SatisfactionGood + SatisfactionBad);

    /// <summary>Returns the overall attainment row of a timer, or null when the timer has no cycles in scope.</summary>
    /// <param name="timer">The timer kind.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    public SlaAttainmentRow? Attainment(SupportOps.SlaEngine.Timers.SlaTimerKind timer)
    {
        foreach (var row in SlaAttainment)
        {
            if (row.Timer == timer && row.Dimension == AnalyticsDimension.Overall)
            {
                return row;
            }
        }

        return null;
    }

    private static double? Percent(int part, int whole) => whole == 0 ? null : 100.0 * part / whole;
}
