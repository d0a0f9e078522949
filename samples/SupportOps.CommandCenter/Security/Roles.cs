namespace SupportOps.CommandCenter.Security;

/// <summary>The command center's roles (ASP.NET Core Identity role names).</summary>
public static class Roles
{
    /// <summary>Works tickets: the inbox, ticket detail, appending events, their own focus queue.</summary>
    public const string Agent = "Agent";

    /// <summary>Leads a team: everything an agent does, plus routing, overrides and workload.</summary>
    public const string TeamLead = "TeamLead";

    /// <summary>Runs operations: SLA attainment, queue and integration health, ingest, dead letters, the outbox, audit.</summary>
    public const string OpsManager = "OpsManager";

    /// <summary>Reads the executive health report and its exports.</summary>
    public const string Executive = "Executive";

    /// <summary>Administers settings (calendars, SLA policies, routing policy) and reads everything.</summary>
    public const string Admin = "Admin";

    /// <summary>Gets every role, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [Agent, TeamLead, OpsManager, Executive, Admin];
}
