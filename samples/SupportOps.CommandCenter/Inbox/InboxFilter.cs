using System.Text.Json.Serialization;
using SupportOps.CommandCenter.Infrastructure;

namespace SupportOps.CommandCenter.Inbox;

/// <summary>
/// The inbox's filters: within a dimension the values are alternatives (OR), across dimensions all
/// must hold (AND); an empty list does not filter. Used by the ticket list, saved views and counts.
/// </summary>
/// <remarks>Build it with <see cref="InboxFilterParser"/>, which validates and normalizes the values.</remarks>
/// <param name="Status">Status wire names.</param>
/// <param name="Priority">Priority wire names (<c>p0</c> … <c>p3</c>).</param>
/// <param name="Channel">Channel wire names.</param>
/// <param name="Queue">Queue names.</param>
/// <param name="Assignee">Agent ids, <c>unassigned</c>, or <c>me</c> (the signed-in user's agent id).</param>
/// <param name="RiskBand">Risk band wire names.</param>
/// <param name="Breached">Only breached (true) or not breached (false) tickets, or both (null).</param>
/// <param name="Search">Search text: every whitespace-separated term must occur, case-insensitively, in the ticket id, subject or requester id.</param>
public sealed record InboxFilter(
    IReadOnlyList<string> Status,
    IReadOnlyList<string> Priority,
    IReadOnlyList<string> Channel,
    IReadOnlyList<string> Queue,
    IReadOnlyList<string> Assignee,
    [property: JsonPropertyName("risk_band")] IReadOnlyList<string> RiskBand,
    bool? Breached,
    [property: JsonPropertyName("q")] string? Search)
{
    /// <summary>The assignee value for tickets without an assignee.</summary>
    public const string Unassigned = "unassigned";

    /// <summary>The assignee value for the signed-in user's own tickets.</summary>
    public const string Me = "me";

    /// <summary>Gets the filter that matches every ticket.</summary>
    public static InboxFilter None { get; } = new([], [], [], [], [], [], null, null);

    /// <summary>Gets a value indicating whether the inbox counters can answer this filter exactly (every filter but search).</summary>
    [JsonIgnore]
    public bool IsCountable => string.IsNullOrWhiteSpace(Search);

    /// <summary>Gets a value indicating whether the filter mentions <see cref="Me"/>.</summary>
    [JsonIgnore]
    public bool UsesMe => Assignee.Contains(Me, StringComparer.Ordinal);

    /// <summary>Filters snapshots.</summary>
    /// <param name="query">The snapshots.</param>
    /// <param name="agentId">The signed-in user's agent id, for <see cref="Me"/>; when null, <c>me</c> matches nothing.</param>
    /// <returns>The filtered query.</returns>
    public IQueryable<TicketSnapshotRecord> Apply(IQueryable<TicketSnapshotRecord> query, string? agentId)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Status.Count > 0)
        {
            var values = Status;
            query = query.Where(t => values.Contains(t.Status));
        }

        if (Priority.Count > 0)
        {
            var values = Priority;
            query = query.Where(t => values.Contains(t.Priority));
        }

        if (Channel.Count > 0)
        {
            var values = Channel;
            query = query.Where(t => t.Channel != null && values.Contains(t.Channel));
        }

        if (Queue.Count > 0)
        {
            var values = Queue;
            query = query.Where(t => t.Queue != null && values.Contains(t.Queue));
        }

        if (Assignee.Count > 0)
        {
            var (ids, unassigned) = ResolveAssignees(agentId);
            query = unassigned
                ? query.Where(t => t.Assignee == null || ids.Contains(t.Assignee))
                : query.Where(t => t.Assignee != null && ids.Contains(t.Assignee));
        }

        if (RiskBand.Count > 0)
        {
            var values = RiskBand;
            query = query.Where(t => values.Contains(t.RiskBand));
        }

        if (Breached is { } breached)
        {
            query = query.Where(t => t.IsBreached == breached);
        }

        foreach (var term in SearchTerms())
        {
            query = query.Where(t => t.SearchText.Contains(term));
        }

        return query;
    }

    /// <summary>Filters counter cells (the same semantics as for snapshots; search cannot be answered).</summary>
    /// <param name="query">The counter cells.</param>
    /// <param name="agentId">The signed-in user's agent id, for <see cref="Me"/>; when null, <c>me</c> matches nothing.</param>
    /// <returns>The filtered query.</returns>
    /// <exception cref="InvalidOperationException">The filter has search text (<see cref="IsCountable"/> is false).</exception>
    public IQueryable<InboxCounterRecord> Apply(IQueryable<InboxCounterRecord> query, string? agentId)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!IsCountable)
        {
            throw new InvalidOperationException("A filter with search text cannot be answered from the counters.");
        }

        if (Status.Count > 0)
        {
            var values = Status;
            query = query.Where(c => values.Contains(c.Status));
        }

        if (Priority.Count > 0)
        {
            var values = Priority;
            query = query.Where(c => values.Contains(c.Priority));
        }

        if (Channel.Count > 0)
        {
            var values = Channel;
            query = query.Where(c => values.Contains(c.Channel));
        }

        if (Queue.Count > 0)
        {
            var values = Queue;
            query = query.Where(c => values.Contains(c.Queue));
        }

        if (Assignee.Count > 0)
        {
            var (ids, unassigned) = ResolveAssignees(agentId);
            query = unassigned
                ? query.Where(c => c.Assignee == InboxCounterRecord.None || ids.Contains(c.Assignee))
                : query.Where(c => c.Assignee != InboxCounterRecord.None && ids.Contains(c.Assignee));
        }

        if (RiskBand.Count > 0)
        {
            var values = RiskBand;
            query = query.Where(c => values.Contains(c.RiskBand));
        }

        if (Breached is { } breached)
        {
            query = query.Where(c => c.IsBreached == breached);
        }

        return query;
    }

    /// <summary>The lower-cased search terms.</summary>
    internal IReadOnlyList<string> SearchTerms()
        => string.IsNullOrWhiteSpace(Search) ? [] : Search.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private (List<string> Ids, bool Unassigned) ResolveAssignees(string? agentId)
    {
        var ids = new List<string>(Assignee.Count);
        var unassigned = false;
        foreach (var value in Assignee)
        {
            switch (value)
            {
                case Unassigned:
                    unassigned = true;
                    break;
                case Me:
                    if (agentId is not null)
                    {
                        ids.Add(agentId);
                    }

                    break;
                default:
                    ids.Add(value);
                    break;
            }
        }

        return (ids, unassigned);
    }
}
