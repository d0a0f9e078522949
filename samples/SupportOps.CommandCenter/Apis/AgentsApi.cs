using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using SupportOps.CommandCenter.Agents;
using SupportOps.CommandCenter.Domain;
using SupportOps.CommandCenter.Security;

namespace SupportOps.CommandCenter.Apis;

/// <summary>The agents API: the roster with skills, shifts, presence and current load.</summary>
public static class AgentsApi
{
    /// <summary>Maps <c>GET /api/v1/agents</c>.</summary>
    /// <param name="app">The endpoint builder; must not be null.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapAgentsApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/v1/agents").WithTags("Agents");
        api.MapGet("/", ListAsync)
            .WithName("ListAgents")
            .WithSummary("List the agents with skills, shifts, presence and open tickets")
            .RequireAuthorization(AuthorizationPolicies.TicketsRead);
        return api;
    }

    internal static async Task<Ok<List<AgentView>>> ListAsync(CapacitySnapshotFactory capacity, IClock clock, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var agents = await capacity.LoadAgentsAsync(cancellationToken).ConfigureAwait(false);
        var loads = await capacity.OpenAssignmentsAsync(null, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(agents.Select(a =>
        {
            var shift = AgentMapper.Shift(a);
            return new AgentView(
                a.AgentId,
                a.DisplayName,
                a.Team,
                a.IsTeamLead,
                AgentMapper.Skills(a),
                a.Status,
                a.Capacity,
                new SortedDictionary<string, int>(AgentMapper.ChannelCapacity(a).ToDictionary(p => Vocabulary.Wire(p.Key), p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal),
                a.TimeZone,
                [.. shift.Windows.Select(w => w.Day).Distinct().Order().Select(d => d.ToString().ToLowerInvariant())],
                LocalTime.FromMinutesSinceMidnight(a.ShiftStartMinutes).ToString("HH:mm", CultureInfo.InvariantCulture),
                LocalTime.FromMinutesSinceMidnight(a.ShiftEndMinutes).ToString("HH:mm", CultureInfo.InvariantCulture),
                a.OnCallPosition,
                shift.Contains(now.InZone(AgentMapper.Zone(a)).LocalDateTime),
                loads.TryGetValue(a.AgentId, out var perChannel) ? perChannel.Values.Sum() : 0);
        }).ToList());
    }
}
