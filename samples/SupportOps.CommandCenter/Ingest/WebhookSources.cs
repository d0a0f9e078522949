using SupportOps.EventTimeline.Events;

namespace SupportOps.CommandCenter.Ingest;

/// <summary>The sources that can push to <c>POST /api/v1/ingest/{source}</c>.</summary>
public static class WebhookSources
{
    /// <summary>The route constraint matching the accepted source names.</summary>
    public const string RoutePattern = "{source:regex(^(zendesk|slack|email)$)}";

    /// <summary>Parses a route's source name.</summary>
    /// <param name="name">The name (<c>zendesk</c>, <c>slack</c> or <c>email</c>).</param>
    /// <param name="source">The source.</param>
    /// <returns><see langword="true"/> for an accepted name.</returns>
    public static bool TryParse(string? name, out EventSource source)
    {
        (var ok, source) = name switch
        {
            "zendesk" => (true, EventSource.Zendesk),
            "slack" => (true, EventSource.Slack),
            "email" => (true, EventSource.Email),
            _ => (false, default),
        };
        return ok;
    }
}
