using System.Security.Claims;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.Pages.Shared;

/// <summary>
/// The UI's pages: which authorization policy guards each one, which are anonymous, the role-aware
/// navigation and each role's home dashboard. The single place that decides who sees which page.
/// </summary>
public static class UiPages
{
    /// <summary>Gets the policy of every signed-in page, by Razor Pages page name.</summary>
    public static IReadOnlyDictionary<string, string> Policies { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/Index"] = AuthorizationPolicies.TicketsRead,
        ["/Inbox"] = AuthorizationPolicies.TicketsRead,
        ["/Tickets/Detail"] = AuthorizationPolicies.TicketsRead,
        ["/ApiReference"] = AuthorizationPolicies.TicketsRead,
        ["/Dashboards/Agent"] = AuthorizationPolicies.TicketsWrite,
        ["/Dashboards/TeamLead"] = AuthorizationPolicies.WorkloadRead,
        ["/Dashboards/Operations"] = AuthorizationPolicies.OperationsRead,
        ["/Dashboards/Executive"] = AuthorizationPolicies.ExecutiveRead,
        ["/Settings/Index"] = AuthorizationPolicies.SettingsManage,
        ["/Audit/Index"] = AuthorizationPolicies.AuditRead,
    };

    /// <summary>Gets the pages anyone may see: sign-in and access denied.</summary>
    public static IReadOnlyList<string> Anonymous { get; } = ["/Account/Login", "/Account/AccessDenied"];

    /// <summary>Gets the navigation, in display order; the layout shows an item only to users its policy admits.</summary>
    public static IReadOnlyList<NavigationItem> Navigation { get; } =
    [
        new("Focus queue", "/dashboards/agent", AuthorizationPolicies.TicketsWrite),
        new("Inbox", "/inbox", AuthorizationPolicies.TicketsRead),
        new("Team workload", "/dashboards/team-lead", AuthorizationPolicies.WorkloadRead),
        new("Operations", "/dashboards/operations", AuthorizationPolicies.OperationsRead),
        new("Executive report", "/dashboards/executive", AuthorizationPolicies.ExecutiveRead),
        new("Settings", "/settings", AuthorizationPolicies.SettingsManage),
        new("Audit log", "/audit", AuthorizationPolicies.AuditRead),
        new("API reference", "/api-reference", AuthorizationPolicies.TicketsRead),
    ];

    /// <summary>Gets the dashboard a user lands on after signing in: the one made for their role.</summary>
    /// <param name="user">The signed-in user; must not be null.</param>
    /// <returns>The path of the user's home page.</returns>
    public static string HomeFor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.OpsManager))
        {
            return "/dashboards/operations";
        }

        if (user.IsInRole(Roles.TeamLead))
        {
            return "/dashboards/team-lead";
        }

        if (user.IsInRole(Roles.Executive))
        {
            return "/dashboards/executive";
        }

        return user.IsInRole(Roles.Agent) ? "/dashboards/agent" : "/inbox";
    }
}
