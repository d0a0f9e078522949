using Microsoft.AspNetCore.Authorization;

namespace SupportOps.CommandCenter.Security;

/// <summary>
/// The authorization policies; every endpoint names exactly one. The role sets are the single place
/// that decides who may do what (the authorization matrix test enumerates every endpoint against them).
/// </summary>
public static class AuthorizationPolicies
{
    /// <summary>Read tickets, their timelines, SLA state, risk and summaries: every role.</summary>
    public const string TicketsRead = "tickets.read";

    /// <summary>Append events, bulk assign, saved views, regenerate summaries: agents and above (not executives).</summary>
    public const string TicketsWrite = "tickets.write";

    /// <summary>Route, dry-run and override routing: team leads, ops managers, admins.</summary>
    public const string RoutingManage = "routing.manage";

    /// <summary>Workload per agent and team, rebalancing suggestions: team leads, ops managers, admins.</summary>
    public const string WorkloadRead = "workload.read";

    /// <summary>Operations views: SLA attainment, queue and integration health, ingest runs, dead letters, outbox: ops managers and admins.</summary>
    public const string OperationsRead = "operations.read";

    /// <summary>The executive report and its exports: executives, ops managers, admins.</summary>
    public const string ExecutiveRead = "executive.read";

    /// <summary>The audit log and its export: ops managers and admins.</summary>
    public const string AuditRead = "audit.read";

    /// <summary>Settings (calendars, SLA policies, routing policy): admins only.</summary>
    public const string SettingsManage = "settings.manage";

    /// <summary>The signed-in user's own session (<c>GET /api/v1/auth/me</c>): every role.</summary>
    public const string SignedIn = "session.read";

    /// <summary>Ingest webhooks: callers authenticated by a valid webhook signature, not by a user.</summary>
    public const string IngestWebhook = "ingest.webhook";

    /// <summary>Gets the roles each user-facing policy admits (every policy except <see cref="IngestWebhook"/>).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> RolesByPolicy { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [TicketsRead] = [Roles.Agent, Roles.TeamLead, Roles.OpsManager, Roles.Executive, Roles.Admin],
        [TicketsWrite] = [Roles.Agent, Roles.TeamLead, Roles.OpsManager, Roles.Admin],
        [RoutingManage] = [Roles.TeamLead, Roles.OpsManager, Roles.Admin],
        [WorkloadRead] = [Roles.TeamLead, Roles.OpsManager, Roles.Admin],
        [OperationsRead] = [Roles.OpsManager, Roles.Admin],
        [ExecutiveRead] = [Roles.Executive, Roles.OpsManager, Roles.Admin],
        [AuditRead] = [Roles.OpsManager, Roles.Admin],
        [SettingsManage] = [Roles.Admin],
        [SignedIn] = [Roles.Agent, Roles.TeamLead, Roles.OpsManager, Roles.Executive, Roles.Admin],
    };

    /// <summary>Adds every user-facing policy as "authenticated and in one of its roles".</summary>
    /// <param name="options">The authorization options; must not be null.</param>
    internal static void AddRolePolicies(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (policy, roles) in RolesByPolicy)
        {
            options.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }
    }
}
