namespace SupportOps.Analytics.Kpis;

/// <summary>The stable KPI ids; each is defined in <c>docs/analytics.md</c>.</summary>
public static class KpiIds
{
    /// <summary>Tickets created in the period.</summary>
    public const string TicketsCreated = "volume.created";

    /// <summary>Tickets with at least one event in the period.</summary>
    public const string TicketsActive = "volume.active";

    /// <summary>Open tickets at the period's end.</summary>
    public const string BacklogOpen = "backlog.open";

    /// <summary>Backlog growth over the period.</summary>
    public const string BacklogGrowth = "backlog.growth";

    /// <summary>Open tickets older than 7 days at the period's end.</summary>
    public const string BacklogOver7Days = "backlog.over_7d";

    /// <summary>Median first reply time, business hours.</summary>
    public const string FirstReplyP50Business = "first_reply.p50_business_hours";

    /// <summary>90th percentile first reply time, business hours.</summary>
    public const string FirstReplyP90Business = "first_reply.p90_business_hours";

    /// <summary>Median first reply time, calendar hours.</summary>
    public const string FirstReplyP50Calendar = "first_reply.p50_calendar_hours";

    /// <summary>90th percentile first reply time, calendar hours.</summary>
    public const string FirstReplyP90Calendar = "first_reply.p90_calendar_hours";

    /// <summary>Median full resolution time, business hours.</summary>
    public const string ResolutionP50Business = "resolution.p50_business_hours";

    /// <summary>90th percentile full resolution time, business hours.</summary>
    public const string ResolutionP90Business = "resolution.p90_business_hours";

    /// <summary>Median full resolution time, calendar hours.</summary>
    public const string ResolutionP50Calendar = "resolution.p50_calendar_hours";

    /// <summary>90th percentile full resolution time, calendar hours.</summary>
    public const string ResolutionP90Calendar = "resolution.p90_calendar_hours";

    /// <summary>First response SLA attainment.</summary>
    public const string SlaFirstResponse = "sla.first_response.attainment";

    /// <summary>Next response SLA attainment.</summary>
    public const string SlaNextResponse = "sla.next_response.attainment";

    /// <summary>Periodic update SLA attainment.</summary>
    public const string SlaPeriodicUpdate = "sla.periodic_update.attainment";

    /// <summary>Resolution SLA attainment.</summary>
    public const string SlaResolution = "sla.resolution.attainment";

    /// <summary>SLA cycles breached in the period, all timers.</summary>
    public const string SlaBreaches = "sla.breaches";

    /// <summary>Solve transitions in the period.</summary>
    public const string Solves = "solves";

    /// <summary>Public agent replies in the period.</summary>
    public const string Replies = "replies";

    /// <summary>Escalation rate.</summary>
    public const string EscalationRate = "rate.escalation";

    /// <summary>Reassignments in the period.</summary>
    public const string Reassignments = "reassignments";

    /// <summary>Reopen rate.</summary>
    public const string ReopenRate = "rate.reopen";

    /// <summary>One-touch resolution rate.</summary>
    public const string OneTouchRate = "rate.one_touch";

    /// <summary>Customer satisfaction.</summary>
    public const string Csat = "csat";

    /// <summary>Mean utilization of agents with a capacity.</summary>
    public const string UtilizationMean = "workload.utilization_mean";

    /// <summary>Mean occupancy of agents with shift time.</summary>
    public const string OccupancyMean = "workload.occupancy_mean";

    /// <summary>Agents at or above the overload utilization.</summary>
    public const string OverloadedAgents = "workload.overloaded_agents";
}
