namespace SupportOps.CommandCenter.Inbox;

/// <summary>Validates a <see cref="BulkActionRequest"/> completely before anything is written; every error names its field.</summary>
internal static class BulkActionValidator
{
    /// <summary>The most tickets one request may name.</summary>
    public const int MaxTickets = 200;

    /// <summary>The assign action.</summary>
    public const string Assign = "assign";

    /// <summary>The escalate action.</summary>
    public const string Escalate = "escalate";

    /// <summary>Returns the ticket ids when the request is valid; null (and <paramref name="errors"/>) otherwise.</summary>
    public static IReadOnlyList<string>? Validate(BulkActionRequest? request, Dictionary<string, string[]> errors)
    {
        if (request is null)
        {
            errors["body"] = ["A JSON body with action, ticket_ids, target, reason and request_id is required."];
            return null;
        }

        if (request.Action is not (Assign or Escalate))
        {
            errors["action"] = [$"Unknown action '{request.Action}'; use assign or escalate."];
        }

        var ids = request.TicketIds ?? [];
        if (ids.Count is 0 or > MaxTickets)
        {
            errors["ticket_ids"] = [$"Between 1 and {MaxTickets} ticket ids are required; got {ids.Count}."];
        }
        else if (ids.Any(id => string.IsNullOrWhiteSpace(id) || id.Length > 200))
        {
            errors["ticket_ids"] = ["Every ticket id must be 1 to 200 characters."];
        }
        else if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            errors["ticket_ids"] = ["A ticket id may appear only once."];
        }

        if (request.Action == Assign && string.IsNullOrWhiteSpace(request.Target))
        {
            errors["target"] = ["The agent id to assign to is required."];
        }
        else if (request.Target is { Length: > 200 })
        {
            errors["target"] = ["The target must be at most 200 characters."];
        }

        if (request.Action == Escalate && string.IsNullOrWhiteSpace(request.Reason))
        {
            errors["reason"] = ["A reason is required to escalate."];
        }
        else if (request.Reason is { Length: > 500 })
        {
            errors["reason"] = ["The reason must be at most 500 characters."];
        }

        if (string.IsNullOrWhiteSpace(request.RequestId) || request.RequestId.Length > 100)
        {
            errors["request_id"] = ["A request id (the idempotency key) of 1 to 100 characters is required."];
        }

        if (request.ExpectedVersions is { } expected)
        {
            var unknown = expected.Keys.Where(k => !ids.Contains(k, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0)
            {
                errors["expected_versions"] = [$"Versions were given for tickets not in ticket_ids: {string.Join(", ", unknown)}."];
            }
            else if (expected.Values.Any(v => v < 0))
            {
                errors["expected_versions"] = ["Expected versions must be 0 or more."];
            }
        }

        return errors.Count > 0 ? null : [.. ids.Select(id => id!)];
    }
}
